package io.factstream.claims.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.claims.scoring.FeedForwardNetwork;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void learnsASeparatingDirectionOnRawFeatures() {
        Random random = new Random(1);
        int n = 400;
        double[][] rows = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            // feature 0 carries the label on a large scale, feature 1 is noise
            rows[i] = new double[] {100 * (labels[i] * 2 - 1) + 30 * random.nextGaussian(), random.nextGaussian()};
        }
        FeedForwardNetwork fit = LogisticRegression.fit(rows, labels, 1e-3, 1);
        assertTrue(fit.outputWeights()[0] > 0, fit.toString());
        int correct = 0;
        for (int i = 0; i < n; i++) {
            correct += (fit.probability(rows[i]) > 0.5) == (labels[i] == 1) ? 1 : 0;
        }
        assertEquals(n, correct);
    }

    @Test
    void strongerRegularisationShrinksWeights() {
        double[][] rows = {{1}, {2}, {3}, {4}, {1.5}, {3.5}};
        int[] labels = {0, 0, 1, 1, 0, 1};
        double weak = LogisticRegression.fit(rows, labels, 1e-3, 1).outputWeights()[0];
        double strong = LogisticRegression.fit(rows, labels, 1, 1).outputWeights()[0];
        assertTrue(weak > strong && strong > 0, weak + " vs " + strong);
    }
}
