package io.factstream.claims.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Logistic regression over a sentence's MiniLM vector (the mean-pooled output of the model's fourth layer,
 * {@link io.factstream.embedding.SentenceEncoding#middleLayer}), the {@link CheckworthinessFeatures#handMade hand-made
 * features} and, optionally, TF-IDF weighted hashed word n-grams: the probability that a sentence is a
 * check-worthy factual claim, and the threshold above which it counts as one.
 *
 * <p>The weights file is plain text: {@code #} comment lines (attribution), then {@code threshold},
 * {@code bias}, {@code dense} (one weight per dimension of the sentence vector, then per hand-made feature) and
 * {@code ngrams BUCKETS SCALE} followed by one {@code bucket idf weight} line per bucket seen in training.
 */
public final class CheckworthinessModel {
    public static final String RESOURCE = "/checkworthiness-model.txt";

    private static volatile CheckworthinessModel shipped;

    private final double threshold;
    private final double bias;
    private final double[] dense;
    private final int buckets;
    private final double ngramScale;
    private final float[] idf;
    private final double[] ngramWeights;

    /**
     * @param dense        weights of the sentence vector's dimensions followed by the hand-made features
     * @param idf          inverse document frequency per n-gram bucket, 0 for buckets never seen in training
     * @param ngramWeights weight per n-gram bucket (length {@code idf.length}; both empty without n-grams)
     */
    public CheckworthinessModel(double threshold, double bias, double[] dense, double ngramScale, float[] idf,
                                double[] ngramWeights) {
        if (idf.length != ngramWeights.length) {
            throw new IllegalArgumentException("idf and n-gram weights differ in length");
        }
        this.threshold = threshold;
        this.bias = bias;
        this.dense = dense.clone();
        this.buckets = idf.length;
        this.ngramScale = ngramScale;
        this.idf = idf.clone();
        this.ngramWeights = ngramWeights.clone();
    }

    /** The model that ships with the service, read once from the class path. */
    public static CheckworthinessModel shipped() {
        CheckworthinessModel model = shipped;
        if (model == null) {
            synchronized (CheckworthinessModel.class) {
                model = shipped;
                if (model == null) {
                    try (InputStream in = CheckworthinessModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is not on the class path");
                        }
                        model = read(new InputStreamReader(in, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    shipped = model;
                }
            }
        }
        return model;
    }

    public double threshold() {
        return threshold;
    }

    public int ngramBuckets() {
        return buckets;
    }

    /** Probability 0..1 that {@code text}, whose sentence vector is given, is a check-worthy factual claim. */
    public double probability(String text, float[] sentenceVector) {
        double z = bias;
        int d = 0;
        for (; d < sentenceVector.length; d++) {
            z += dense[d] * sentenceVector[d];
        }
        for (double value : CheckworthinessFeatures.handMade(text)) {
            z += dense[d++] * value;
        }
        if (buckets > 0) {
            double norm = 0;
            double sum = 0;
            for (int bucket : CheckworthinessFeatures.ngramBuckets(text, buckets)) {
                norm += (double) idf[bucket] * idf[bucket];
                sum += idf[bucket] * ngramWeights[bucket];
            }
            if (norm > 0) {
                z += ngramScale * sum / Math.sqrt(norm);
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    public static CheckworthinessModel read(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        double threshold = Double.NaN;
        double bias = 0;
        double[] dense = null;
        int buckets = 0;
        double scale = 0;
        float[] idf = new float[0];
        double[] weights = new double[0];
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.strip().split("\\s+");
            switch (fields[0]) {
                case "threshold" -> threshold = Double.parseDouble(fields[1]);
                case "bias" -> bias = Double.parseDouble(fields[1]);
                case "dense" -> dense = Arrays.stream(fields, 1, fields.length).mapToDouble(Double::parseDouble)
                        .toArray();
                case "ngrams" -> {
                    buckets = Integer.parseInt(fields[1]);
                    scale = Double.parseDouble(fields[2]);
                    idf = new float[buckets];
                    weights = new double[buckets];
                }
                default -> {
                    int bucket = Integer.parseInt(fields[0]);
                    idf[bucket] = Float.parseFloat(fields[1]);
                    weights[bucket] = Double.parseDouble(fields[2]);
                }
            }
        }
        if (dense == null || Double.isNaN(threshold)) {
            throw new IOException("not a check-worthiness model: threshold or dense weights missing");
        }
        return new CheckworthinessModel(threshold, bias, dense, scale, idf, weights);
    }

    public void write(PrintWriter out, List<String> header) {
        for (String line : header) {
            out.println("# " + line);
        }
        out.println("threshold " + number(threshold));
        out.println("bias " + number(bias));
        List<String> values = new ArrayList<>();
        for (double w : dense) {
            values.add(number(w));
        }
        out.println("dense " + String.join(" ", values));
        if (buckets > 0) {
            out.println("ngrams " + buckets + " " + number(ngramScale));
            for (int b = 0; b < buckets; b++) {
                if (idf[b] != 0) {
                    out.println(b + " " + number(idf[b]) + " " + number(ngramWeights[b]));
                }
            }
        }
        out.flush();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
