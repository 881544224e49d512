package io.factstream.bench.stance;

import io.factstream.contracts.Stance;
import io.factstream.learning.LogisticRegression;
import io.factstream.stance.StanceModel;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the {@link StanceModel}: one logistic regression per stance against the others, each weighting its
 * stance's pairs so that both sides count equally (the stances are far from balanced).
 */
final class StanceModelTrainer {
    private final double lambda;

    StanceModelTrainer(double lambda) {
        this.lambda = lambda;
    }

    StanceModel fit(List<double[]> features, List<Stance> labels) {
        double[][] dense = features.toArray(new double[0][]);
        LogisticRegression.Sparse[] noSparse = new LogisticRegression.Sparse[dense.length];
        Arrays.fill(noSparse, LogisticRegression.Sparse.EMPTY);
        Map<Stance, double[]> weights = new EnumMap<>(Stance.class);
        Map<Stance, Double> biases = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            int[] oneVsRest = labels.stream().mapToInt(label -> label == stance ? 1 : 0).toArray();
            int positives = Arrays.stream(oneVsRest).sum();
            double balance = positives == 0 ? 1 : (double) (oneVsRest.length - positives) / positives;
            LogisticRegression.Fit fit = LogisticRegression.fit(dense, noSparse, 0, oneVsRest, lambda, balance);
            weights.put(stance, fit.dense());
            biases.put(stance, fit.bias());
        }
        return new StanceModel(weights, biases);
    }
}
