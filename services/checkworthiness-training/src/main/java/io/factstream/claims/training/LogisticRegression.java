package io.factstream.claims.training;

import io.factstream.claims.scoring.FeedForwardNetwork;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * L2-regularised, class-weighted logistic regression fitted with L-BFGS. Rows are standardised here and the
 * standardisation is folded back into the returned network. The bias is not regularised.
 */
final class LogisticRegression {
    private static final int MEMORY = 10;
    private static final int MAX_ITERATIONS = 300;

    private LogisticRegression() {
    }

    static FeedForwardNetwork fit(double[][] rows, int[] labels, double lambda, double positiveWeight) {
        int n = labels.length;
        int d = rows[0].length;
        Standardisation standardisation = Standardisation.of(rows);
        double[][] x = standardisation.apply(rows);
        double[] weight = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            weight[i] = labels[i] == 1 ? positiveWeight : 1;
            total += weight[i];
        }
        for (int i = 0; i < n; i++) {
            weight[i] /= total;
        }
        double[] w = minimise(new Objective(x, labels, weight, lambda), new double[d + 1]);
        double[] weights = Arrays.copyOf(w, d);
        double bias = w[d] + standardisation.foldInto(weights);
        return FeedForwardNetwork.logisticRegression(weights, bias);
    }

    private record Objective(double[][] x, int[] labels, double[] weight, double lambda) {
        /** Loss at {@code w} (the weights, then the bias); writes the gradient into {@code gradient}. */
        double evaluate(double[] w, double[] gradient) {
            Arrays.fill(gradient, 0);
            int biasIndex = w.length - 1;
            double loss = 0;
            for (int i = 0; i < labels.length; i++) {
                double z = w[biasIndex];
                double[] row = x[i];
                for (int j = 0; j < biasIndex; j++) {
                    z += w[j] * row[j];
                }
                // log(1 + e^-yz) with y in {-1, 1}, computed stably
                double yz = labels[i] == 1 ? z : -z;
                loss += weight[i] * (yz > 0 ? Math.log1p(Math.exp(-yz)) : -yz + Math.log1p(Math.exp(yz)));
                double r = weight[i] * (1 / (1 + Math.exp(-z)) - labels[i]);
                for (int j = 0; j < biasIndex; j++) {
                    gradient[j] += r * row[j];
                }
                gradient[biasIndex] += r;
            }
            for (int j = 0; j < biasIndex; j++) {
                loss += lambda / 2 * w[j] * w[j];
                gradient[j] += lambda * w[j];
            }
            return loss;
        }
    }

    private static double[] minimise(Objective f, double[] w) {
        int m = w.length;
        double[] g = new double[m];
        double loss = f.evaluate(w, g);
        Deque<double[][]> history = new ArrayDeque<>();
        double[] next = new double[m];
        double[] nextGradient = new double[m];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double gradientNorm = Math.sqrt(dot(g, g));
            if (gradientNorm < 1e-6) {
                break;
            }
            double[] direction = direction(g, history);
            double slope = dot(direction, g);
            if (slope >= 0) {
                history.clear();
                direction = direction(g, history);
                slope = dot(direction, g);
            }
            double step = history.isEmpty() ? 1 / gradientNorm : 1;
            double nextLoss;
            while (true) {
                for (int j = 0; j < m; j++) {
                    next[j] = w[j] + step * direction[j];
                }
                nextLoss = f.evaluate(next, nextGradient);
                if (nextLoss <= loss + 1e-4 * step * slope || step < 1e-10) {
                    break;
                }
                step /= 2;
            }
            double[] sStep = new double[m];
            double[] yStep = new double[m];
            for (int j = 0; j < m; j++) {
                sStep[j] = next[j] - w[j];
                yStep[j] = nextGradient[j] - g[j];
            }
            if (dot(sStep, yStep) > 1e-12) {
                history.addLast(new double[][] {sStep, yStep});
                if (history.size() > MEMORY) {
                    history.removeFirst();
                }
            }
            double improvement = loss - nextLoss;
            System.arraycopy(next, 0, w, 0, m);
            System.arraycopy(nextGradient, 0, g, 0, m);
            loss = nextLoss;
            if (improvement >= 0 && improvement < 1e-9 * Math.max(1, Math.abs(loss))) {
                break;
            }
        }
        return w;
    }

    /** The L-BFGS two-loop recursion: minus the approximate inverse Hessian times the gradient. */
    private static double[] direction(double[] g, Deque<double[][]> history) {
        double[] q = g.clone();
        double[] alpha = new double[history.size()];
        double[][][] pairs = history.toArray(new double[0][][]);
        for (int k = pairs.length - 1; k >= 0; k--) {
            alpha[k] = dot(pairs[k][0], q) / dot(pairs[k][1], pairs[k][0]);
            axpy(-alpha[k], pairs[k][1], q);
        }
        if (pairs.length > 0) {
            double[][] last = pairs[pairs.length - 1];
            double gamma = dot(last[0], last[1]) / dot(last[1], last[1]);
            for (int j = 0; j < q.length; j++) {
                q[j] *= gamma;
            }
        }
        for (int k = 0; k < pairs.length; k++) {
            double beta = dot(pairs[k][1], q) / dot(pairs[k][1], pairs[k][0]);
            axpy(alpha[k] - beta, pairs[k][0], q);
        }
        for (int j = 0; j < q.length; j++) {
            q[j] = -q[j];
        }
        return q;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}
