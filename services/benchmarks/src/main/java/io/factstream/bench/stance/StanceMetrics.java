package io.factstream.bench.stance;

import io.factstream.contracts.Stance;
import java.util.List;

/** Accuracy, per-stance precision, recall and F1, and their macro average, from gold and predicted stances. */
record StanceMetrics(double accuracy, double[] precision, double[] recall, double[] f1) {

    static StanceMetrics of(List<Stance> gold, List<Stance> predicted) {
        int classes = Stance.values().length;
        int[] truePositives = new int[classes];
        int[] predictedCount = new int[classes];
        int[] goldCount = new int[classes];
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            int g = gold.get(i).ordinal();
            int p = predicted.get(i).ordinal();
            goldCount[g]++;
            predictedCount[p]++;
            if (g == p) {
                truePositives[g]++;
                correct++;
            }
        }
        double[] precision = new double[classes];
        double[] recall = new double[classes];
        double[] f1 = new double[classes];
        for (int c = 0; c < classes; c++) {
            precision[c] = predictedCount[c] == 0 ? 0 : (double) truePositives[c] / predictedCount[c];
            recall[c] = goldCount[c] == 0 ? 0 : (double) truePositives[c] / goldCount[c];
            f1[c] = precision[c] + recall[c] == 0 ? 0 : 2 * precision[c] * recall[c] / (precision[c] + recall[c]);
        }
        return new StanceMetrics((double) correct / gold.size(), precision, recall, f1);
    }

    double macroF1() {
        double sum = 0;
        for (double value : f1) {
            sum += value;
        }
        return sum / f1.length;
    }
}
