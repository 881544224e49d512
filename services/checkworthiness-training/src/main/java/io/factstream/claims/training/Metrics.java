package io.factstream.claims.training;

import java.util.Arrays;
import java.util.List;

/** Precision, recall and F1 of the positive class, and the F1-maximising threshold. */
record Metrics(double precision, double recall, double f1) {

    static Metrics of(boolean[] predicted, int[] labels) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] && labels[i] == 1) {
                tp++;
            } else if (predicted[i]) {
                fp++;
            } else if (labels[i] == 1) {
                fn++;
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Metrics(precision, recall, f1);
    }

    static Metrics mean(List<Metrics> folds) {
        return new Metrics(folds.stream().mapToDouble(Metrics::precision).average().orElse(0),
                folds.stream().mapToDouble(Metrics::recall).average().orElse(0),
                folds.stream().mapToDouble(Metrics::f1).average().orElse(0));
    }

    static double f1StandardDeviation(List<Metrics> folds) {
        double mean = mean(folds).f1();
        return Math.sqrt(folds.stream().mapToDouble(m -> (m.f1() - mean) * (m.f1() - mean)).sum()
                / Math.max(1, folds.size() - 1));
    }

    /** The threshold on {@code probabilities} with the best F1 ("at or above the threshold" is positive). */
    static double bestThreshold(double[] probabilities, int[] labels) {
        Integer[] order = new Integer[labels.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(probabilities[b], probabilities[a]));
        int positives = Arrays.stream(labels).sum();
        int tp = 0;
        double bestF1 = -1;
        double best = 0.5;
        for (int rank = 0; rank < order.length; rank++) {
            tp += labels[order[rank]];
            boolean tie = rank + 1 < order.length && probabilities[order[rank + 1]] == probabilities[order[rank]];
            if (tie) {
                continue;
            }
            double f1 = 2.0 * tp / (rank + 1 + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                double next = rank + 1 < order.length ? probabilities[order[rank + 1]] : 0;
                best = (probabilities[order[rank]] + next) / 2;
            }
        }
        return best;
    }
}
