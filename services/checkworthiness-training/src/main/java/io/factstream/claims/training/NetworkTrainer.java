package io.factstream.claims.training;

import io.factstream.claims.scoring.FeedForwardNetwork;
import java.util.Random;

/**
 * Trains a network with one hidden layer of rectified linear units under a logistic output: minibatch Adam on
 * the (class-weighted) log loss with L2 weight decay and dropout on the hidden layer. Training stops early when
 * the loss on the validation rows has not improved for a few epochs, and the best epoch's weights are kept. The
 * inputs are standardised on the training rows; the standardisation is folded into the returned weights.
 */
final class NetworkTrainer {
    record Settings(int hiddenUnits, double weightDecay, double dropout, double positiveWeight, long seed) {
    }

    private static final double LEARNING_RATE = 1e-3;
    private static final int BATCH = 64;
    private static final int MAX_EPOCHS = 60;
    private static final int PATIENCE = 5;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;

    /** A fitted network and the epoch whose weights it keeps (counted from 1). */
    record Fit(FeedForwardNetwork network, int epochs) {
    }

    private NetworkTrainer() {
    }

    static Fit fit(double[][] rows, int[] labels, double[][] validationRows, int[] validationLabels, Settings settings) {
        Standardisation standardisation = Standardisation.of(rows);
        double[][] x = standardisation.apply(rows);
        double[][] validation = standardisation.apply(validationRows);
        int d = x[0].length;
        int units = settings.hiddenUnits();
        Random random = new Random(settings.seed());
        Parameters current = Parameters.initial(d, units, random);
        Parameters best = current.copy();
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        Adam adam = new Adam(current);
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 1; epoch <= MAX_EPOCHS && epoch - bestEpoch <= PATIENCE; epoch++) {
            shuffle(order, random);
            for (int from = 0; from < order.length; from += BATCH) {
                Parameters gradient = current.gradient(x, labels, order, from, Math.min(order.length, from + BATCH),
                        settings, random);
                adam.step(current, gradient);
            }
            double loss = current.loss(validation, validationLabels, settings.positiveWeight());
            if (loss < bestLoss) {
                bestLoss = loss;
                bestEpoch = epoch;
                best = current.copy();
            }
        }
        return new Fit(best.network(standardisation), bestEpoch);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** Weights of the hidden layer (one row per unit, bias first) and of the output (bias first). */
    private record Parameters(double[][] hidden, double[] output) {
        static Parameters initial(int inputs, int units, Random random) {
            double[][] hidden = new double[units][inputs + 1];
            double[] output = new double[units + 1];
            for (double[] row : hidden) {
                for (int j = 1; j < row.length; j++) {
                    row[j] = random.nextGaussian() * Math.sqrt(2.0 / inputs);
                }
            }
            for (int h = 1; h < output.length; h++) {
                output[h] = random.nextGaussian() * Math.sqrt(1.0 / units);
            }
            return new Parameters(hidden, output);
        }

        static Parameters zerosLike(Parameters p) {
            return new Parameters(new double[p.hidden.length][p.hidden[0].length], new double[p.output.length]);
        }

        Parameters copy() {
            double[][] rows = new double[hidden.length][];
            for (int h = 0; h < rows.length; h++) {
                rows[h] = hidden[h].clone();
            }
            return new Parameters(rows, output.clone());
        }

        /** Hidden activations of one row, written into {@code activations}; returns the output's logit. */
        double forward(double[] row, double[] activations) {
            double z = output[0];
            for (int h = 0; h < hidden.length; h++) {
                double[] w = hidden[h];
                double a = w[0];
                for (int j = 0; j < row.length; j++) {
                    a += w[j + 1] * row[j];
                }
                activations[h] = Math.max(0, a);
                z += output[h + 1] * activations[h];
            }
            return z;
        }

        /** The mean gradient of the weighted log loss plus weight decay over {@code order[from..to)}. */
        Parameters gradient(double[][] x, int[] labels, int[] order, int from, int to, Settings settings,
                            Random random) {
            Parameters g = zerosLike(this);
            double[] activations = new double[hidden.length];
            double keep = 1 - settings.dropout();
            double count = to - from;
            for (int k = from; k < to; k++) {
                double[] row = x[order[k]];
                int label = labels[order[k]];
                double z = output[0];
                forward(row, activations);
                for (int h = 0; h < hidden.length; h++) {
                    activations[h] = random.nextDouble() < keep ? activations[h] / keep : 0;
                    z += output[h + 1] * activations[h];
                }
                double weight = label == 1 ? settings.positiveWeight() : 1;
                double error = weight * (1 / (1 + Math.exp(-z)) - label) / count;
                g.output[0] += error;
                for (int h = 0; h < hidden.length; h++) {
                    if (activations[h] == 0) {
                        continue;
                    }
                    g.output[h + 1] += error * activations[h];
                    double back = error * output[h + 1] / keep;
                    double[] gw = g.hidden[h];
                    gw[0] += back;
                    for (int j = 0; j < row.length; j++) {
                        gw[j + 1] += back * row[j];
                    }
                }
            }
            for (int h = 0; h < hidden.length; h++) {
                for (int j = 1; j < hidden[h].length; j++) {
                    g.hidden[h][j] += settings.weightDecay() * hidden[h][j];
                }
                g.output[h + 1] += settings.weightDecay() * output[h + 1];
            }
            return g;
        }

        double loss(double[][] x, int[] labels, double positiveWeight) {
            double[] activations = new double[hidden.length];
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                double z = forward(x[i], activations);
                double yz = labels[i] == 1 ? z : -z;
                double weight = labels[i] == 1 ? positiveWeight : 1;
                sum += weight * (yz > 0 ? Math.log1p(Math.exp(-yz)) : -yz + Math.log1p(Math.exp(yz)));
            }
            return sum / x.length;
        }

        FeedForwardNetwork network(Standardisation standardisation) {
            double[][] weights = new double[hidden.length][];
            double[] biases = new double[hidden.length];
            for (int h = 0; h < hidden.length; h++) {
                double[] w = java.util.Arrays.copyOfRange(hidden[h], 1, hidden[h].length);
                biases[h] = hidden[h][0] + standardisation.foldInto(w);
                weights[h] = w;
            }
            return new FeedForwardNetwork(weights, biases, java.util.Arrays.copyOfRange(output, 1, output.length),
                    output[0]);
        }
    }

    private static final class Adam {
        private final Parameters first;
        private final Parameters second;
        private int steps;

        Adam(Parameters shape) {
            first = Parameters.zerosLike(shape);
            second = Parameters.zerosLike(shape);
        }

        void step(Parameters p, Parameters g) {
            steps++;
            double correction1 = 1 - Math.pow(BETA1, steps);
            double correction2 = 1 - Math.pow(BETA2, steps);
            for (int h = 0; h < p.hidden.length; h++) {
                update(p.hidden[h], g.hidden[h], first.hidden[h], second.hidden[h], correction1, correction2);
            }
            update(p.output, g.output, first.output, second.output, correction1, correction2);
        }

        private static void update(double[] w, double[] g, double[] m, double[] v, double c1, double c2) {
            for (int j = 0; j < w.length; j++) {
                m[j] = BETA1 * m[j] + (1 - BETA1) * g[j];
                v[j] = BETA2 * v[j] + (1 - BETA2) * g[j] * g[j];
                w[j] -= LEARNING_RATE * (m[j] / c1) / (Math.sqrt(v[j] / c2) + 1e-8);
            }
        }
    }
}
