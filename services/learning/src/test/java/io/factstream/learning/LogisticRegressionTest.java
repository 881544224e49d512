package io.factstream.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void learnsASeparatingDirectionOnRawFeatures() {
        Random random = new Random(1);
        int n = 400;
        double[][] dense = new double[n][];
        LogisticRegression.Sparse[] sparse = new LogisticRegression.Sparse[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            // feature 0 carries the label on a large scale, feature 1 is noise
            dense[i] = new double[] {100 * (labels[i] * 2 - 1) + 60 * random.nextGaussian(), random.nextGaussian()};
            sparse[i] = new LogisticRegression.Sparse(new int[] {labels[i]}, new float[] {0.5f});
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(dense, sparse, 2, labels, 1e-3, 1);
        assertTrue(fit.dense()[0] > 0 && Math.abs(fit.dense()[1]) < Math.abs(fit.dense()[0]) * 100, fit.toString());
        assertTrue(fit.sparse()[1] > fit.sparse()[0], "the sparse feature that marks positives weighs more");
        int correct = 0;
        for (int i = 0; i < n; i++) {
            double z = fit.bias() + fit.dense()[0] * dense[i][0] + fit.dense()[1] * dense[i][1]
                    + fit.sparse()[labels[i]] * 0.5;
            correct += (z > 0) == (labels[i] == 1) ? 1 : 0;
        }
        assertEquals(n, correct);
    }

    @Test
    void strongerRegularisationShrinksWeights() {
        double[][] dense = {{1}, {2}, {3}, {4}, {1.5}, {3.5}};
        int[] labels = {0, 0, 1, 1, 0, 1};
        LogisticRegression.Sparse[] sparse = new LogisticRegression.Sparse[6];
        java.util.Arrays.fill(sparse, LogisticRegression.Sparse.EMPTY);
        double weak = LogisticRegression.fit(dense, sparse, 0, labels, 1e-3, 1).dense()[0];
        double strong = LogisticRegression.fit(dense, sparse, 0, labels, 1, 1).dense()[0];
        assertTrue(weak > strong && strong > 0, weak + " vs " + strong);
    }
}
