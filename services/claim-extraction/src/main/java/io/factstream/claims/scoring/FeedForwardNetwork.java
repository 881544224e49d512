package io.factstream.claims.scoring;

/**
 * A probability from a feature vector: either a logistic regression (no hidden layer) or one hidden layer of
 * rectified linear units under a logistic output. Weights apply to the raw features: the standardisation used
 * in training is folded into the first layer.
 *
 * @param hiddenWeights one row of input weights per hidden unit; empty for a logistic regression
 * @param hiddenBias    one bias per hidden unit
 * @param outputWeights one weight per hidden unit, or per input without a hidden layer
 */
public record FeedForwardNetwork(double[][] hiddenWeights, double[] hiddenBias, double[] outputWeights,
                                 double outputBias) {

    public FeedForwardNetwork {
        if (hiddenWeights.length != hiddenBias.length) {
            throw new IllegalArgumentException("one bias per hidden unit");
        }
        if (hiddenWeights.length > 0 && outputWeights.length != hiddenWeights.length) {
            throw new IllegalArgumentException("one output weight per hidden unit");
        }
    }

    public static FeedForwardNetwork logisticRegression(double[] weights, double bias) {
        return new FeedForwardNetwork(new double[0][], new double[0], weights, bias);
    }

    public int hiddenUnits() {
        return hiddenWeights.length;
    }

    public double probability(double[] input) {
        double z = outputBias;
        if (hiddenWeights.length == 0) {
            z += dot(outputWeights, input);
        } else {
            for (int h = 0; h < hiddenWeights.length; h++) {
                z += outputWeights[h] * Math.max(0, hiddenBias[h] + dot(hiddenWeights[h], input));
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static double dot(double[] weights, double[] input) {
        double sum = 0;
        for (int i = 0; i < input.length; i++) {
            sum += weights[i] * input[i];
        }
        return sum;
    }
}
