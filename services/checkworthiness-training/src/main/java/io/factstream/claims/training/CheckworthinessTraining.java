package io.factstream.claims.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.claims.scoring.CheckworthinessModel;
import io.factstream.claims.scoring.SentenceType;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.embedding.SentenceEncoding;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cross-validates the check-worthiness model against the "has a number or a proper noun" baseline on a labelled
 * set (a JSON array of {@code {sentence_id, label, text}}, label 1 = check-worthy, e.g. the ClaimBuster train
 * split), prints a Markdown table, and with {@code --write-model PATH} trains on everything and writes the weights.
 *
 * <pre>java ... CheckworthinessTraining DATA.json [--folds 5] [--seed 42] [--write-model PATH]
 *     [--buckets 0] [--ngram-scale 1] [--no-hand-made] [--lambdas 1e-4,1e-3,1e-2] [--positive-weight 1]
 *     [--throughput-sentences 2000] [--embeddings-cache PATH] [--last-layer]</pre>
 *
 * <p>The model reads MiniLM's fourth-layer vector of each sentence ({@code SentenceEncoding.middleLayer});
 * {@code --last-layer} measures it on the sentence embedding instead, as models before it did.
 */
public final class CheckworthinessTraining {
    /** The baseline: a digit, or a capitalised word that does not open the sentence. */
    /** Changes whenever the cache file's layout does, so an older cache is computed again instead of misread. */
    private static final int CACHE_FORMAT = 2;
    private static final Pattern BASELINE = Pattern.compile("\\d|(?<=\\s)\\p{Lu}\\p{Ll}+");

    private CheckworthinessTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("usage: CheckworthinessTraining DATA.json [--folds 5] [--seed 42] [--write-model PATH]"
                    + " [--buckets N] [--ngram-scale S] [--no-hand-made] [--lambdas a,b] [--positive-weight W]"
                    + " [--throughput-sentences N] [--embeddings-cache PATH] [--last-layer]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int folds = 5;
        long seed = 42;
        Path writeModel = null;
        Path embeddingsCache = null;
        boolean lastLayer = false;
        int buckets = 0;
        double ngramScale = 1;
        boolean handMade = true;
        double[] lambdas = {1e-3, 3e-3, 1e-2, 3e-2};
        double positiveWeight = 1;
        int throughputSentences = 2000;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--write-model" -> writeModel = Path.of(args[++i]);
                case "--embeddings-cache" -> embeddingsCache = Path.of(args[++i]);
                case "--last-layer" -> lastLayer = true;
                case "--buckets" -> buckets = Integer.parseInt(args[++i]);
                case "--ngram-scale" -> ngramScale = Double.parseDouble(args[++i]);
                case "--no-hand-made" -> handMade = false;
                case "--lambdas" -> lambdas = Arrays.stream(args[++i].split(",")).mapToDouble(Double::parseDouble)
                        .toArray();
                case "--positive-weight" -> positiveWeight = Double.parseDouble(args[++i]);
                case "--throughput-sentences" -> throughputSentences = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ModelTrainer.Settings settings = new ModelTrainer.Settings(handMade, buckets, ngramScale, lambdas,
                positiveWeight, Math.max(2, Math.min(3, folds - 1)), seed);

        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (JsonNode item : new ObjectMapper().readTree(data.toFile())) {
            texts.add(item.get("text").asText().strip());
            labels.add(item.get("label").asInt());
        }
        int positives = labels.stream().mapToInt(Integer::intValue).sum();
        System.err.printf(Locale.ROOT, "%s: %d sentences, %d positive%n", data, texts.size(), positives);

        SentenceEmbedder embedder = SentenceEmbedder.shared();
        long started = System.nanoTime();
        List<SentenceEncoding> encodings = embeddingsCache == null ? embedder.encodeAll(texts)
                : cachedEncodings(embedder, texts, embeddingsCache);
        System.err.printf(Locale.ROOT, "embedded in %.1f s%n", (System.nanoTime() - started) / 1e9);

        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            SentenceEncoding encoding = encodings.get(i);
            examples.add(Example.of(texts.get(i), labels.get(i),
                    lastLayer ? encoding.embedding() : encoding.middleLayer(), buckets));
        }
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        int[] fold = Folds.stratified(y, folds, seed);
        ModelTrainer trainer = new ModelTrainer(settings);
        List<Metrics> model = new ArrayList<>();
        List<Metrics> gated = new ArrayList<>();
        List<Metrics> baseline = new ArrayList<>();
        List<Double> thresholds = new ArrayList<>();
        CheckworthinessModel firstFoldModel = null;
        for (int f = 0; f < folds; f++) {
            List<Example> train = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (fold[i] == f ? test : train).add(examples.get(i));
            }
            ModelTrainer.Trained trained = trainer.train(train);
            CheckworthinessModel m = trained.model();
            firstFoldModel = firstFoldModel == null ? m : firstFoldModel;
            int[] testLabels = test.stream().mapToInt(Example::label).toArray();
            boolean[] byModel = new boolean[test.size()];
            boolean[] byGatedModel = new boolean[test.size()];
            boolean[] byBaseline = new boolean[test.size()];
            for (int i = 0; i < test.size(); i++) {
                Example e = test.get(i);
                byModel[i] = m.probability(e.text(), e.sentenceVector()) >= m.threshold();
                byGatedModel[i] = byModel[i] && SentenceType.of(e.text()) == SentenceType.STATEMENT;
                byBaseline[i] = BASELINE.matcher(e.text()).find();
            }
            model.add(Metrics.of(byModel, testLabels));
            gated.add(Metrics.of(byGatedModel, testLabels));
            baseline.add(Metrics.of(byBaseline, testLabels));
            thresholds.add(m.threshold());
            System.err.printf(Locale.ROOT, "fold %d: F1 %.3f (threshold %.3f, lambda %g, inner F1 %.3f)%n", f + 1,
                    model.getLast().f1(), m.threshold(), trained.lambda(), trained.innerF1());
        }

        List<String> sample = texts.subList(0, Math.min(throughputSentences, texts.size()));
        CheckworthinessModel scoring = firstFoldModel;
        double modelRate = medianRate(sample.size(), () -> score(embedder, scoring, sample));
        double baselineRate = medianRate(sample.size(), () -> sample.forEach(s -> BASELINE.matcher(s).find()));

        System.out.printf(Locale.ROOT, "Check-worthiness, %d-fold stratified cross-validation (seed %d) on %s: "
                + "%d sentences, %d positive; %d processors; mean over folds, positive class.%n%n",
                folds, seed, data.getFileName(), texts.size(), positives, Runtime.getRuntime().availableProcessors());
        System.out.println("| scorer | precision | recall | F1 (± sd over folds) | sentences/s |");
        System.out.println("|---|---|---|---|---|");
        row("MiniLM " + (lastLayer ? "embedding (last layer)" : "fourth-layer vector") + (handMade ? " + hand-made features" : "")
                + (buckets > 0 ? " + hashed TF-IDF n-grams" : "") + ", logistic regression", model, modelRate);
        row("same, with the type gate of the service (questions, opinions, headings, predictions never)", gated,
                modelRate);
        row("baseline: has a number or a proper noun", baseline, baselineRate);
        System.out.printf(Locale.ROOT, "%nThresholds chosen inside the training folds: %s. Settings: %s. "
                + "sentences/s: median of 3 rounds over %d sentences, embedding included, one process.%n",
                thresholds.stream().map(t -> String.format(Locale.ROOT, "%.3f", t)).toList(), settings.describe(),
                sample.size());

        if (writeModel != null) {
            ModelTrainer.Trained all = trainer.train(examples);
            Files.createDirectories(writeModel.toAbsolutePath().getParent());
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(writeModel, StandardCharsets.UTF_8))) {
                all.model().write(out, List.of(
                        "Factstream check-worthiness model: logistic regression over all-MiniLM-L6-v2 (quantized)"
                                + (lastLayer ? " sentence embeddings" : " fourth-layer sentence vectors") + (handMade ? ", hand-made features" : "")
                                + (buckets > 0 ? ", hashed TF-IDF word n-grams" : "") + ".",
                        "Trained on the ClaimBuster dataset: Arslan, Hassan, Li and Tremayne (2020), \"A Benchmark"
                                + " Dataset of Check-worthy Factual Claims\", ICWSM;",
                        "open access, doi 10.5281/zenodo.3609356 (two-class train split, " + texts.size()
                                + " sentences). The data itself is not part of this repository.",
                        "Written by services/checkworthiness-training (see docs/claims.md) with " + settings.describe()
                                + "; lambda " + all.lambda() + " and threshold chosen by inner cross-validation.",
                        String.format(Locale.ROOT, "Cross-validated (%d folds) F1 of the positive class: %.3f.",
                                folds, Metrics.mean(model).f1())));
            }
            System.err.println("wrote " + writeModel);
        }
    }

    /**
     * What {@code CheckworthinessScorer.scoreAll} does, spelled out here so that the tool runs before any model
     * ships (the scorer reads the shipped model's threshold when its class loads).
     */
    private static void score(SentenceEmbedder embedder, CheckworthinessModel model, List<String> sentences) {
        List<SentenceEncoding> encodings = embedder.encodeAll(sentences);
        int checkable = 0;
        for (int i = 0; i < sentences.size(); i++) {
            boolean statement = SentenceType.of(sentences.get(i)) == SentenceType.STATEMENT;
            checkable += statement && model.probability(sentences.get(i), encodings.get(i).middleLayer())
                    >= model.threshold() ? 1 : 0;
        }
        if (checkable < 0) {
            throw new AssertionError();
        }
    }

    private static void row(String name, List<Metrics> folds, double rate) {
        Metrics mean = Metrics.mean(folds);
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f ± %.3f | %,.0f |%n", name, mean.precision(),
                mean.recall(), mean.f1(), Metrics.f1StandardDeviation(folds), rate);
    }

    private static double medianRate(int sentences, Runnable round) {
        double[] rates = new double[3];
        for (int r = 0; r < rates.length; r++) {
            long started = System.nanoTime();
            round.run();
            rates[r] = sentences / ((System.nanoTime() - started) / 1e9);
        }
        Arrays.sort(rates);
        return rates[1];
    }

    /** Encodings from {@code cache} when it was written for exactly these sentences, else computed and saved. */
    private static List<SentenceEncoding> cachedEncodings(SentenceEmbedder embedder, List<String> texts, Path cache)
            throws IOException {
        long key = 31L * texts.hashCode() + CACHE_FORMAT;
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
                if (in.readLong() == key && in.readInt() == texts.size()) {
                    List<SentenceEncoding> encodings = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        encodings.add(new SentenceEncoding(readVector(in), readVector(in)));
                    }
                    return encodings;
                }
            }
        }
        List<SentenceEncoding> encodings = embedder.encodeAll(texts);
        Files.createDirectories(cache.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
            out.writeLong(key);
            out.writeInt(texts.size());
            for (SentenceEncoding encoding : encodings) {
                writeVector(out, encoding.embedding());
                writeVector(out, encoding.middleLayer());
            }
        }
        return encodings;
    }

    private static float[] readVector(DataInputStream in) throws IOException {
        float[] vector = new float[SentenceEmbedder.DIMENSIONS];
        for (int d = 0; d < vector.length; d++) {
            vector[d] = in.readFloat();
        }
        return vector;
    }

    private static void writeVector(DataOutputStream out, float[] vector) throws IOException {
        for (float v : vector) {
            out.writeFloat(v);
        }
    }
}
