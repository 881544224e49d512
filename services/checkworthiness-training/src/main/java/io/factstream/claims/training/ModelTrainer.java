package io.factstream.claims.training;

import io.factstream.claims.scoring.CheckworthinessFeatures;
import io.factstream.claims.scoring.CheckworthinessModel;
import io.factstream.learning.LogisticRegression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Trains the check-worthiness model on labelled examples. The regularisation strength and the threshold are
 * chosen by an inner cross-validation on the given examples only, so a model trained on the training folds never
 * sees its test fold, not even for tuning.
 */
final class ModelTrainer {
    record Settings(boolean handMade, int buckets, double ngramScale, double[] lambdas, double positiveWeight,
                    int innerFolds, long seed) {
        String describe() {
            return "hand-made features " + (handMade ? "on" : "off") + ", n-gram buckets " + buckets
                    + ", n-gram scale " + ngramScale + ", lambdas " + Arrays.toString(lambdas)
                    + ", positive weight " + positiveWeight + ", inner folds " + innerFolds + ", seed " + seed;
        }
    }

    record Trained(CheckworthinessModel model, double lambda, double innerF1) {
    }

    private final Settings settings;

    ModelTrainer(Settings settings) {
        this.settings = settings;
    }

    Trained train(List<Example> examples) {
        int[] labels = examples.stream().mapToInt(Example::label).toArray();
        int[] inner = Folds.stratified(labels, settings.innerFolds(), settings.seed() + 1);
        record Choice(double lambda, double threshold, double f1) {
        }
        Choice best = Arrays.stream(settings.lambdas()).parallel().mapToObj(lambda -> {
            double[] outOfFold = new double[examples.size()];
            for (int f = 0; f < settings.innerFolds(); f++) {
                int fold = f;
                List<Example> train = new ArrayList<>();
                List<Integer> held = new ArrayList<>();
                for (int i = 0; i < examples.size(); i++) {
                    if (inner[i] == fold) {
                        held.add(i);
                    } else {
                        train.add(examples.get(i));
                    }
                }
                CheckworthinessModel model = fit(train, lambda, 0.5);
                for (int i : held) {
                    outOfFold[i] = model.probability(examples.get(i).text(), examples.get(i).sentenceVector());
                }
            }
            double threshold = Metrics.bestThreshold(outOfFold, labels);
            boolean[] predicted = new boolean[labels.length];
            for (int i = 0; i < labels.length; i++) {
                predicted[i] = outOfFold[i] >= threshold;
            }
            return new Choice(lambda, threshold, Metrics.of(predicted, labels).f1());
        }).max(Comparator.comparingDouble(Choice::f1)).orElseThrow();
        return new Trained(fit(examples, best.lambda(), best.threshold()), best.lambda(), best.f1());
    }

    CheckworthinessModel fit(List<Example> examples, double lambda, double threshold) {
        int n = examples.size();
        int buckets = settings.buckets();
        float[] idf = new float[buckets];
        if (buckets > 0) {
            int[] documentFrequency = new int[buckets];
            for (Example example : examples) {
                for (int b : example.buckets()) {
                    documentFrequency[b]++;
                }
            }
            for (int b = 0; b < buckets; b++) {
                idf[b] = documentFrequency[b] == 0 ? 0 : (float) (Math.log((1.0 + n) / (1.0 + documentFrequency[b])) + 1);
            }
        }
        double[][] dense = new double[n][];
        LogisticRegression.Sparse[] sparse = new LogisticRegression.Sparse[n];
        int handMade = CheckworthinessFeatures.HAND_MADE.size();
        for (int i = 0; i < n; i++) {
            Example example = examples.get(i);
            dense[i] = example.dense();
            if (!settings.handMade()) {
                dense[i] = Arrays.copyOf(example.dense(), example.dense().length);
                Arrays.fill(dense[i], dense[i].length - handMade, dense[i].length, 0);
            }
            sparse[i] = buckets > 0 ? tfIdf(example.buckets(), idf) : LogisticRegression.Sparse.EMPTY;
        }
        int[] labels = examples.stream().mapToInt(Example::label).toArray();
        LogisticRegression.Fit fit = LogisticRegression.fit(dense, sparse, buckets, labels, lambda,
                settings.positiveWeight());
        return new CheckworthinessModel(threshold, fit.bias(), fit.dense(), settings.ngramScale(), idf, fit.sparse());
    }

    /** The same L2-normalised TF-IDF values that {@link CheckworthinessModel#probability} computes, scaled. */
    private LogisticRegression.Sparse tfIdf(int[] buckets, float[] idf) {
        int[] seen = IntStream.of(buckets).filter(b -> idf[b] > 0).toArray();
        double norm = 0;
        for (int b : seen) {
            norm += (double) idf[b] * idf[b];
        }
        float[] values = new float[seen.length];
        for (int k = 0; k < seen.length; k++) {
            values[k] = (float) (settings.ngramScale() * idf[seen[k]] / Math.sqrt(norm));
        }
        return new LogisticRegression.Sparse(seen, values);
    }
}
