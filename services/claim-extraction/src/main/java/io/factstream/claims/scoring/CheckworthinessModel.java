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
 * The probability that a sentence is a check-worthy factual claim, from its MiniLM embedding and the
 * {@link CheckworthinessFeatures#handMade hand-made features}: the mean probability of one or more
 * {@link FeedForwardNetwork networks} (an ensemble), and the threshold above which a sentence counts as a claim.
 *
 * <p>The weights file is plain text: {@code #} comment lines (attribution), then {@code threshold}, then per
 * network a line {@code network HIDDEN_UNITS}, one {@code hidden BIAS WEIGHTS...} line per hidden unit and an
 * {@code output BIAS WEIGHTS...} line.
 */
public final class CheckworthinessModel {
    public static final String RESOURCE = "/checkworthiness-model.txt";

    private static volatile CheckworthinessModel shipped;

    private final double threshold;
    private final List<FeedForwardNetwork> networks;

    public CheckworthinessModel(double threshold, List<FeedForwardNetwork> networks) {
        if (networks.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one network");
        }
        this.threshold = threshold;
        this.networks = List.copyOf(networks);
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

    /** Probability 0..1 that {@code text}, whose embedding is given, is a check-worthy factual claim. */
    public double probability(String text, float[] embedding) {
        return probability(CheckworthinessFeatures.input(text, embedding));
    }

    /** The mean probability of the networks for a {@link CheckworthinessFeatures#input feature vector}. */
    public double probability(double[] input) {
        double sum = 0;
        for (FeedForwardNetwork network : networks) {
            sum += network.probability(input);
        }
        return sum / networks.size();
    }

    public static CheckworthinessModel read(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        double threshold = Double.NaN;
        List<FeedForwardNetwork> networks = new ArrayList<>();
        List<double[]> hidden = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.strip().split("\\s+");
            switch (fields[0]) {
                case "threshold" -> threshold = Double.parseDouble(fields[1]);
                case "network" -> hidden.clear();
                case "hidden" -> hidden.add(numbers(fields));
                case "output" -> {
                    double[] output = numbers(fields);
                    networks.add(new FeedForwardNetwork(
                            hidden.stream().map(row -> Arrays.copyOfRange(row, 1, row.length)).toArray(double[][]::new),
                            hidden.stream().mapToDouble(row -> row[0]).toArray(),
                            Arrays.copyOfRange(output, 1, output.length), output[0]));
                }
                default -> throw new IOException("unexpected line in check-worthiness model: " + fields[0]);
            }
        }
        if (networks.isEmpty() || Double.isNaN(threshold)) {
            throw new IOException("not a check-worthiness model: threshold or networks missing");
        }
        return new CheckworthinessModel(threshold, networks);
    }

    public void write(PrintWriter out, List<String> header) {
        for (String line : header) {
            out.println("# " + line);
        }
        out.println("threshold " + number(threshold));
        for (FeedForwardNetwork network : networks) {
            out.println("network " + network.hiddenUnits());
            for (int h = 0; h < network.hiddenUnits(); h++) {
                out.println("hidden " + number(network.hiddenBias()[h]) + " " + numbers(network.hiddenWeights()[h]));
            }
            out.println("output " + number(network.outputBias()) + " " + numbers(network.outputWeights()));
        }
        out.flush();
    }

    private static double[] numbers(String[] fields) {
        return Arrays.stream(fields, 1, fields.length).mapToDouble(Double::parseDouble).toArray();
    }

    private static String numbers(double[] values) {
        List<String> text = new ArrayList<>(values.length);
        for (double value : values) {
            text.add(number(value));
        }
        return String.join(" ", text);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.5g", value);
    }
}
