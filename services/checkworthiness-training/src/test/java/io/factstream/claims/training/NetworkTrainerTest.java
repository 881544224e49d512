package io.factstream.claims.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.claims.scoring.FeedForwardNetwork;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NetworkTrainerTest {

    @Test
    void learnsWhatNoLinearModelCan() {
        // positive when both raw features have the same sign (XOR), on a scale the standardisation must undo
        Random random = new Random(3);
        double[][] train = rows(2000, random);
        double[][] validation = rows(500, random);
        NetworkTrainer.Fit fit = NetworkTrainer.fit(train, labels(train), validation, labels(validation),
                new NetworkTrainer.Settings(16, 1e-4, 0.1, 1, 7));
        double[][] test = rows(500, random);
        int[] truth = labels(test);
        int correct = 0;
        for (int i = 0; i < test.length; i++) {
            correct += (fit.network().probability(test[i]) > 0.5) == (truth[i] == 1) ? 1 : 0;
        }
        assertTrue(correct > 450, correct + " of 500 right after " + fit.epochs() + " epochs");
    }

    @Test
    void aLogisticRegressionIsANetworkWithoutHiddenUnits() {
        FeedForwardNetwork network = FeedForwardNetwork.logisticRegression(new double[] {2, -1}, 0.5);
        assertTrue(Math.abs(network.probability(new double[] {1, 3}) - 1 / (1 + Math.exp(0.5))) < 1e-12);
    }

    private static double[][] rows(int n, Random random) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {1000 + 50 * random.nextGaussian(), random.nextGaussian() - 5};
        }
        return rows;
    }

    private static int[] labels(double[][] rows) {
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = (rows[i][0] > 1000) == (rows[i][1] > -5) ? 1 : 0;
        }
        return labels;
    }
}
