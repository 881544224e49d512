package io.factstream.bench.newsstance;

import io.factstream.bench.newsstance.CrossReferenceReading.Judged;
import io.factstream.bench.newsstance.FncFolds.Grouping;
import io.factstream.bench.newsstance.FncPairs.Pair;
import io.factstream.bench.newsstance.FncPairs.Relation;
import io.factstream.bench.report.Machine;
import io.factstream.contracts.Stance;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.learning.LogisticRegression;
import io.factstream.stance.StanceJudge;
import io.factstream.stance.StanceModel;
import io.factstream.stance.StanceResult.DecidedBy;
import io.factstream.stance.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far a pair model trained on FNC-1 could raise the news stance recall at the precision the verdicts need
 * (docs/evidence.md#a-pair-model-for-news-stance): the passages of a body that evidence search would keep and no rule
 * decided get {@link PairFeatures}; two logistic regressions (disagree against the rest, agree against the rest,
 * classes weighted equally, λ = {@value #LAMBDA}) are fitted per cross-validation fold on the other folds' passages,
 * each labelled with its body's relation; a body reads as refuting (supporting) when a rule says so, or when the
 * highest probability among its passages passes a threshold. The report gives, for both groupings of
 * {@link FncFolds} and a range of thresholds, the false refutation and false support rates with the recall on
 * disagree and agree: the whole trade-off, so any threshold (even one chosen with hindsight) can be read off.
 *
 * <pre>java ... PairModelCurve FNC1_FOLDER [--report PATH]</pre>
 */
public final class PairModelCurve {
    private static final double LAMBDA = 0.01;
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99};

    private record Row(int pair, int bodyId, Relation relation, double[] features) {
    }

    private PairModelCurve() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("usage: PairModelCurve FNC1_FOLDER [--report PATH]");
            System.exit(2);
        }
        Path report = Path.of("target/bench-news-pair-model.md");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--report" -> report = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        FncPairs fnc = FncPairs.read(Path.of(args[0]));
        List<Pair> pairs = fnc.pairs();
        FncArticles articles = FncArticles.of(fnc, pairs, report.resolveSibling("news-stance-embeddings.bin"));
        CrossReferenceReading reading = new CrossReferenceReading(
                new StanceJudge(SentenceEmbedder.shared(), StanceModel.shipped()));
        Stance[] byRule = new Stance[pairs.size()];
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            Pair pair = pairs.get(p);
            Statement claim = articles.claim(pair);
            List<Judged> kept = reading.kept(claim, articles.passages(pair.bodyId()));
            byRule[p] = CrossReferenceReading.stanceOf(kept).stance();
            for (int rank = 0; rank < kept.size() && byRule[p] == Stance.NEUTRAL; rank++) {
                if (kept.get(rank).result().decidedBy() == DecidedBy.MODEL) {
                    rows.add(new Row(p, pair.bodyId(), pair.relation(),
                            PairFeatures.of(claim, kept.get(rank).passage(), rank)));
                }
            }
        }
        progress("%,d passages of %,d pairs no rule decided go to the model", rows.size(), pairs.size());

        StringBuilder markdown = new StringBuilder();
        for (Grouping grouping : Grouping.values()) {
            Map<Integer, Integer> folds = FncFolds.of(pairs, grouping);
            double[] refuting = outOfFold(rows, folds, Relation.DISAGREE, pairs.size());
            double[] supporting = outOfFold(rows, folds, Relation.AGREE, pairs.size());
            markdown.append(String.format(Locale.ROOT, "%n%d-fold cross-validation %s%n%n", FncFolds.FOLDS,
                    grouping.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            markdown.append("| threshold | false refutation rate | REFUTES recall on disagree | REFUTES precision "
                    + "| false support rate | SUPPORTS recall on agree | SUPPORTS precision |\n|---|---|---|---|---|---|---|\n");
            for (double threshold : THRESHOLDS) {
                NewsStanceTally refutes = tally(pairs, byRule, refuting, threshold, Stance.REFUTES);
                NewsStanceTally supports = tally(pairs, byRule, supporting, threshold, Stance.SUPPORTS);
                markdown.append(String.format(Locale.ROOT, "| %.2f | %.4f | %.3f | %.3f | %.4f | %.3f | %.3f |%n",
                        threshold, refutes.falseRefutationRate(), refutes.recallOn(Relation.DISAGREE, Stance.REFUTES),
                        refutes.precision(Stance.REFUTES), supports.falseSupportRate(),
                        supports.recallOn(Relation.AGREE, Stance.SUPPORTS), supports.precision(Stance.SUPPORTS)));
            }
            progress("%s done", grouping);
        }
        markdown.append(String.format(Locale.ROOT, "%n%,d passages of %,d pairs' bodies reach the judge's model step "
                        + "with no rule deciding their body (of %,d pairs); machine: %s%n", rows.size(),
                rows.stream().mapToInt(Row::pair).distinct().count(), pairs.size(), Machine.note()));
        System.out.print(markdown);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, markdown);
    }

    /** Per pair, the highest probability of {@code target} among its passages, from the model of the other folds. */
    private static double[] outOfFold(List<Row> rows, Map<Integer, Integer> folds, Relation target, int pairs) {
        double[] highest = new double[pairs];
        for (int fold = 0; fold < FncFolds.FOLDS; fold++) {
            int testFold = fold;
            List<Row> training = rows.stream().filter(row -> folds.get(row.bodyId()) != testFold).toList();
            double[][] features = training.stream().map(Row::features).toArray(double[][]::new);
            int[] labels = training.stream().mapToInt(row -> row.relation() == target ? 1 : 0).toArray();
            int positives = Arrays.stream(labels).sum();
            LogisticRegression.Sparse[] noSparse = new LogisticRegression.Sparse[features.length];
            Arrays.fill(noSparse, LogisticRegression.Sparse.EMPTY);
            LogisticRegression.Fit fit = LogisticRegression.fit(features, noSparse, 0, labels, LAMBDA,
                    (double) (labels.length - positives) / positives);
            for (Row row : rows) {
                if (folds.get(row.bodyId()) == testFold) {
                    highest[row.pair()] = Math.max(highest[row.pair()], probability(fit, row.features()));
                }
            }
        }
        return highest;
    }

    private static double probability(LogisticRegression.Fit fit, double[] features) {
        double z = fit.bias();
        for (int i = 0; i < features.length; i++) {
            z += fit.dense()[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Each pair read as the rules read it, or as {@code stance} where no rule decided and the model passes. */
    private static NewsStanceTally tally(List<Pair> pairs, Stance[] byRule, double[] probability, double threshold,
            Stance stance) {
        NewsStanceTally tally = new NewsStanceTally();
        for (int p = 0; p < pairs.size(); p++) {
            Stance read = byRule[p] == Stance.NEUTRAL && probability[p] >= threshold ? stance : byRule[p];
            tally.add(pairs.get(p).relation(), read, byRule[p] == read ? "rule" : "pair model");
        }
        return tally;
    }

    private static void progress(String format, Object... values) {
        System.err.println("[bench-news-pair-model] " + String.format(Locale.ROOT, format, values));
    }
}
