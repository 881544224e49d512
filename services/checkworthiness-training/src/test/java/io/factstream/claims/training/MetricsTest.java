package io.factstream.claims.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void precisionRecallAndF1OfThePositiveClass() {
        Metrics m = Metrics.of(new boolean[] {true, true, false, false, true}, new int[] {1, 0, 1, 0, 1});
        assertEquals(2.0 / 3, m.precision(), 1e-9);
        assertEquals(2.0 / 3, m.recall(), 1e-9);
        assertEquals(2.0 / 3, m.f1(), 1e-9);
    }

    @Test
    void bestThresholdSeparatesWhenItCan() {
        double threshold = Metrics.bestThreshold(new double[] {0.9, 0.2, 0.7, 0.4, 0.1}, new int[] {1, 0, 1, 0, 0});
        assertTrue(threshold > 0.4 && threshold <= 0.7, String.valueOf(threshold));
    }

    @Test
    void foldsAreStratifiedAndReproducible() {
        int[] labels = new int[100];
        for (int i = 0; i < 25; i++) {
            labels[i * 4] = 1;
        }
        int[] folds = Folds.stratified(labels, 5, 42);
        for (int f = 0; f < 5; f++) {
            int fold = f;
            int size = (int) Arrays.stream(folds).filter(x -> x == fold).count();
            int positives = 0;
            for (int i = 0; i < labels.length; i++) {
                positives += folds[i] == fold ? labels[i] : 0;
            }
            assertEquals(20, size);
            assertEquals(5, positives);
        }
        assertEquals(Arrays.toString(folds), Arrays.toString(Folds.stratified(labels, 5, 42)));
    }
}
