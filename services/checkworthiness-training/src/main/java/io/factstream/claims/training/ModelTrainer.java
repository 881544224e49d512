package io.factstream.claims.training;

import io.factstream.claims.scoring.CheckworthinessModel;
import io.factstream.claims.scoring.FeedForwardNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Trains the check-worthiness model on labelled examples. The regularisation strength and the threshold are
 * chosen by an inner cross-validation on the given examples only, so a model trained on the training folds never
 * sees its test fold, not even for tuning.
 *
 * <p>Without hidden units the model is a logistic regression, refitted on all examples with the chosen strength.
 * With hidden units it is the ensemble of the inner folds' networks: each was trained on the other inner folds
 * and stopped early on its own, so their out-of-fold probabilities choose the threshold and no refit is needed.
 */
final class ModelTrainer {
    record Settings(int hiddenUnits, double dropout, double[] lambdas, double positiveWeight, int innerFolds,
                    long seed) {
        String describe() {
            return (hiddenUnits == 0 ? "logistic regression" : hiddenUnits + " hidden units, dropout " + dropout)
                    + ", lambdas " + Arrays.toString(lambdas) + ", positive weight " + positiveWeight
                    + ", inner folds " + innerFolds + ", seed " + seed;
        }
    }

    /** The model, the regularisation strength chosen, and the inner cross-validation's F1 and epochs. */
    record Trained(CheckworthinessModel model, double lambda, double innerF1, int[] epochs) {
    }

    private record Candidate(double lambda, double threshold, double f1, List<FeedForwardNetwork> networks,
                             int[] epochs) {
    }

    private final Settings settings;

    ModelTrainer(Settings settings) {
        this.settings = settings;
    }

    Trained train(List<Example> examples) {
        int[] labels = examples.stream().mapToInt(Example::label).toArray();
        int[] inner = Folds.stratified(labels, settings.innerFolds(), settings.seed() + 1);
        Candidate best = Arrays.stream(settings.lambdas()).parallel()
                .mapToObj(lambda -> crossValidate(examples, labels, inner, lambda))
                .max(Comparator.comparingDouble(Candidate::f1)).orElseThrow();
        List<FeedForwardNetwork> networks = settings.hiddenUnits() == 0
                ? List.of(LogisticRegression.fit(rows(examples), labels, best.lambda(), settings.positiveWeight()))
                : best.networks();
        return new Trained(new CheckworthinessModel(best.threshold(), networks), best.lambda(), best.f1(),
                best.epochs());
    }

    private Candidate crossValidate(List<Example> examples, int[] labels, int[] inner, double lambda) {
        double[] outOfFold = new double[examples.size()];
        List<FeedForwardNetwork> networks = new ArrayList<>();
        int[] epochs = new int[settings.innerFolds()];
        for (int fold = 0; fold < settings.innerFolds(); fold++) {
            List<Example> train = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (inner[i] == fold) {
                    held.add(i);
                } else {
                    train.add(examples.get(i));
                }
            }
            List<Example> heldExamples = held.stream().map(examples::get).toList();
            FeedForwardNetwork network;
            if (settings.hiddenUnits() == 0) {
                network = LogisticRegression.fit(rows(train), labelsOf(train), lambda, settings.positiveWeight());
            } else {
                NetworkTrainer.Fit fit = NetworkTrainer.fit(rows(train), labelsOf(train), rows(heldExamples),
                        labelsOf(heldExamples), new NetworkTrainer.Settings(settings.hiddenUnits(), lambda,
                                settings.dropout(), settings.positiveWeight(), settings.seed() + fold));
                network = fit.network();
                epochs[fold] = fit.epochs();
            }
            networks.add(network);
            for (int i : held) {
                outOfFold[i] = network.probability(examples.get(i).input());
            }
        }
        double threshold = Metrics.bestThreshold(outOfFold, labels);
        boolean[] predicted = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            predicted[i] = outOfFold[i] >= threshold;
        }
        return new Candidate(lambda, threshold, Metrics.of(predicted, labels).f1(), networks, epochs);
    }

    private static double[][] rows(List<Example> examples) {
        return examples.stream().map(Example::input).toArray(double[][]::new);
    }

    private static int[] labelsOf(List<Example> examples) {
        return examples.stream().mapToInt(Example::label).toArray();
    }
}
