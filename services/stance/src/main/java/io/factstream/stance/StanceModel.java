package io.factstream.stance;

import io.factstream.contracts.Stance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One-vs-rest logistic regression over {@link StanceFeatures}: per stance a bias and a weight per feature; the
 * stance with the highest probability wins.
 *
 * <p>The weights file is plain text: {@code #} comment lines (attribution), {@code features N}, then one line
 * per stance: its name, its bias and its N weights.
 */
public final class StanceModel {
    public static final String RESOURCE = "/stance-model.txt";

    private static volatile StanceModel shipped;

    private final Map<Stance, double[]> weights;
    private final Map<Stance, Double> biases;

    public StanceModel(Map<Stance, double[]> weights, Map<Stance, Double> biases) {
        if (!weights.keySet().containsAll(List.of(Stance.values())) || !biases.keySet().equals(weights.keySet())) {
            throw new IllegalArgumentException("a stance model needs weights and a bias for every stance");
        }
        weights.values().forEach(w -> {
            if (w.length != StanceFeatures.SIZE) {
                throw new IllegalArgumentException("expected " + StanceFeatures.SIZE + " weights, got " + w.length);
            }
        });
        this.weights = new EnumMap<>(weights);
        this.biases = new EnumMap<>(biases);
    }

    /** The model that ships with the library, read once from the class path. */
    public static StanceModel shipped() {
        StanceModel model = shipped;
        if (model == null) {
            try (InputStream in = StanceModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the class path");
                }
                model = read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
                shipped = model;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    /** The probability of each stance, each from its own one-vs-rest model (they need not sum to 1). */
    public Map<Stance, Double> probabilities(double[] features) {
        Map<Stance, Double> probabilities = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            double z = biases.get(stance);
            double[] w = weights.get(stance);
            for (int i = 0; i < w.length; i++) {
                z += w[i] * features[i];
            }
            probabilities.put(stance, 1 / (1 + Math.exp(-z)));
        }
        return probabilities;
    }

    public Stance predict(double[] features) {
        return probabilities(features).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    public void write(PrintWriter out, List<String> comments) {
        comments.forEach(comment -> out.println("# " + comment));
        out.println("features " + StanceFeatures.SIZE);
        for (Stance stance : Stance.values()) {
            StringBuilder line = new StringBuilder(stance.name()).append(' ').append(number(biases.get(stance)));
            for (double w : weights.get(stance)) {
                line.append(' ').append(number(w));
            }
            out.println(line);
        }
    }

    static StanceModel read(BufferedReader in) throws IOException {
        Map<Stance, double[]> weights = new EnumMap<>(Stance.class);
        Map<Stance, Double> biases = new EnumMap<>(Stance.class);
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("features ")) {
                continue;
            }
            String[] fields = line.strip().split(" ");
            Stance stance = Stance.valueOf(fields[0]);
            biases.put(stance, Double.parseDouble(fields[1]));
            weights.put(stance, Arrays.stream(fields, 2, fields.length).mapToDouble(Double::parseDouble).toArray());
        }
        return new StanceModel(weights, biases);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
