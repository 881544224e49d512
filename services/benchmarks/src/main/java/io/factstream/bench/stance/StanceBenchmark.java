package io.factstream.bench.stance;

import io.factstream.bench.report.Machine;
import io.factstream.bench.report.ResultTable;
import io.factstream.bench.report.Stats;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.stance.StanceFeatures;
import io.factstream.stance.StanceJudge;
import io.factstream.stance.StanceModel;
import io.factstream.stance.StanceResult;
import io.factstream.stance.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stance quality of evidence-search's {@link StanceJudge} on a labelled file of claim and evidence pairs
 * (Climate-FEVER's JSON lines: claims with Wikipedia sentences, judged as reference-corpus evidence; see
 * docs/evidence.md for where to get it). The judge's model is trained on k-1 folds and tested on the k-th, folds split
 * by claim so that no claim is seen in training and test; the judge's rules are fixed. Reports accuracy, macro-F1 and
 * per-stance precision, recall and F1 next to the majority-stance baseline, and pairs judged per second (embedding
 * included). With {@code --write-model PATH} it then trains on every pair and writes the weights the service ships.
 *
 * <pre>java ... StanceBenchmark DATA.jsonl [--folds 5] [--seed 42] [--lambda 0.01] [--report PATH]
 *     [--write-model PATH]</pre>
 */
public final class StanceBenchmark {
    private static final double MACRO_F1_TARGET = 0.45;
    private static final int THROUGHPUT_ROUNDS = 3;

    private StanceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("usage: StanceBenchmark DATA.jsonl [--folds 5] [--seed 42] [--lambda 0.01]"
                    + " [--report PATH] [--write-model PATH]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int folds = 5;
        long seed = 42;
        double lambda = 0.01;
        Path report = Path.of("target/bench-stance.md");
        Path writeModel = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--lambda" -> lambda = Double.parseDouble(args[++i]);
                case "--report" -> report = Path.of(args[++i]);
                case "--write-model" -> writeModel = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }

        List<LabelledPair> pairs = LabelledPair.read(data);
        progress("%s: %,d pairs of %,d claims, %s", data, pairs.size(), claimIds(pairs).size(), counts(pairs.stream()
                .map(LabelledPair::label).toList()));
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        long started = System.nanoTime();
        Map<String, float[]> embeddings = embedAll(embedder, pairs);
        progress("embedded %,d sentences in %.1f s", embeddings.size(), (System.nanoTime() - started) / 1e9);
        List<double[]> features = pairs.stream().map(pair -> StanceFeatures.of(pair.claim(),
                embeddings.get(pair.claim()), pair.evidence(), embeddings.get(pair.evidence()))).toList();

        StanceModelTrainer trainer = new StanceModelTrainer(lambda);
        int[] fold = foldsByClaim(pairs, folds, seed);
        List<Stance> gold = pairs.stream().map(LabelledPair::label).toList();
        List<StanceResult> judged = new ArrayList<>(Collections.nCopies(pairs.size(), null));
        List<Stance> majority = new ArrayList<>(Collections.nCopies(pairs.size(), null));
        for (int f = 0; f < folds; f++) {
            List<double[]> trainFeatures = new ArrayList<>();
            List<Stance> trainLabels = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (fold[i] != f) {
                    trainFeatures.add(features.get(i));
                    trainLabels.add(gold.get(i));
                }
            }
            StanceJudge judge = new StanceJudge(embedder, trainer.fit(trainFeatures, trainLabels));
            Stance mostFrequent = mostFrequent(trainLabels);
            for (int i = 0; i < pairs.size(); i++) {
                if (fold[i] == f) {
                    LabelledPair pair = pairs.get(i);
                    judged.set(i, judge.judge(Statement.withoutArticle(pair.claim(), embeddings.get(pair.claim())),
                            Statement.withoutArticle(pair.evidence(), embeddings.get(pair.evidence())),
                            EvidenceKind.REFERENCE));
                    majority.set(i, mostFrequent);
                }
            }
            progress("fold %d of %d done", f + 1, folds);
        }
        StanceMetrics crossValidated = StanceMetrics.of(gold, judged.stream().map(StanceResult::stance).toList());
        StanceMetrics baseline = StanceMetrics.of(gold, majority);

        StanceModel model = writeModel == null && StanceModel.class.getResource(StanceModel.RESOURCE) != null
                ? StanceModel.shipped() : trainer.fit(features, gold);
        double pairsPerSecond = pairsPerSecond(new StanceJudge(embedder, model), pairs);

        String detail = String.format(Locale.ROOT, "%d-fold cross-validation by claim, seed %d, lambda %g", folds, seed,
                lambda);
        ResultTable table = new ResultTable()
                .measuredShare("macro-F1, evidence-search's stance judge", crossValidated.macroF1(), MACRO_F1_TARGET,
                        detail)
                .reported("accuracy", ResultTable.share(crossValidated.accuracy()));
        for (Stance stance : Stance.values()) {
            int c = stance.ordinal();
            table.reported(stance + " precision / recall / F1", ResultTable.share(crossValidated.precision()[c])
                    + " / " + ResultTable.share(crossValidated.recall()[c]) + " / "
                    + ResultTable.share(crossValidated.f1()[c]));
        }
        table.reported("baseline: always the majority stance (" + mostFrequent(gold) + ")", "macro-F1 "
                        + ResultTable.share(baseline.macroF1()) + ", accuracy " + ResultTable.share(baseline.accuracy()))
                .reported("decided by (gold stances of those pairs)", decidedBy(judged, gold))
                .reported("pairs judged per second", String.format(Locale.ROOT, "%,.0f (median of %d rounds over "
                        + "%,d pairs, one claim and its evidence per call, embedding included)", pairsPerSecond,
                        THROUGHPUT_ROUNDS, pairs.size()))
                .reported("data", String.format(Locale.ROOT, "%s: %,d pairs, %s", data.getFileName(), pairs.size(),
                        counts(gold)))
                .reported("machine", Machine.note());
        System.out.print(table.markdown());
        table.writeTo(report);
        progress("written to %s", report);

        if (writeModel != null) {
            Files.createDirectories(writeModel.toAbsolutePath().getParent());
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(writeModel, StandardCharsets.UTF_8))) {
                model.write(out, List.of(
                        "Factstream stance model: one-vs-rest logistic regression over hand-made cues and",
                        "all-MiniLM-L6-v2 (quantized) sentence embeddings of claim and evidence; features: "
                                + String.join(", ", StanceFeatures.HAND_MADE) + ", then claim*evidence and"
                                + " |claim-evidence| per dimension.",
                        "Trained on Climate-FEVER (Diggelmann et al. 2020, \"CLIMATE-FEVER: A Dataset for Verification"
                                + " of Real-World Climate Claims\"),",
                        "every other claim of the published file, " + pairs.size() + " pairs; the data itself is"
                                + " not part of this repository.",
                        String.format(Locale.ROOT, "Written by services/benchmarks StanceBenchmark (make bench-stance);"
                                + " lambda %g; %s macro-F1 %.3f.", lambda, detail, crossValidated.macroF1())));
            }
            progress("wrote %s", writeModel);
        }
    }

    private static Map<String, float[]> embedAll(SentenceEmbedder embedder, List<LabelledPair> pairs) {
        List<String> sentences = new ArrayList<>(new LinkedHashSet<>(pairs.stream()
                .flatMap(pair -> Stream.of(pair.claim(), pair.evidence())).toList()));
        List<float[]> vectors = embedder.embedAll(sentences);
        Map<String, float[]> embeddings = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            embeddings.put(sentences.get(i), vectors.get(i));
        }
        return embeddings;
    }

    /** Each claim's pairs in one fold, claims shuffled by the seed and dealt round the folds. */
    private static int[] foldsByClaim(List<LabelledPair> pairs, int folds, long seed) {
        List<String> claims = new ArrayList<>(claimIds(pairs));
        Collections.shuffle(claims, new Random(seed));
        Map<String, Integer> foldOfClaim = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            foldOfClaim.put(claims.get(i), i % folds);
        }
        return pairs.stream().mapToInt(pair -> foldOfClaim.get(pair.claimId())).toArray();
    }

    /** As evidence-search judges: one call per claim with all its evidence sentences. */
    private static double pairsPerSecond(StanceJudge judge, List<LabelledPair> pairs) {
        Map<String, List<LabelledPair>> byClaim = pairs.stream()
                .collect(Collectors.groupingBy(LabelledPair::claimId, LinkedHashMap::new, Collectors.toList()));
        double[] rates = new double[THROUGHPUT_ROUNDS];
        for (int round = 0; round < THROUGHPUT_ROUNDS; round++) {
            long started = System.nanoTime();
            for (List<LabelledPair> claimPairs : byClaim.values()) {
                judge.judgeAll(claimPairs.getFirst().claim(), claimPairs.stream().map(LabelledPair::evidence).toList(),
                        EvidenceKind.REFERENCE);
            }
            rates[round] = pairs.size() / ((System.nanoTime() - started) / 1e9);
        }
        return Stats.median(rates);
    }

    private static String decidedBy(List<StanceResult> judged, List<Stance> gold) {
        Map<StanceResult.DecidedBy, List<Stance>> goldByStep = new EnumMap<>(StanceResult.DecidedBy.class);
        for (int i = 0; i < judged.size(); i++) {
            goldByStep.computeIfAbsent(judged.get(i).decidedBy(), step -> new ArrayList<>()).add(gold.get(i));
        }
        return goldByStep.entrySet().stream()
                .map(step -> step.getKey().name().toLowerCase(Locale.ROOT) + " " + step.getValue().size() + " ("
                        + counts(step.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String counts(List<Stance> stances) {
        Map<Stance, Long> counts = stances.stream()
                .collect(Collectors.groupingBy(stance -> stance, () -> new EnumMap<>(Stance.class), Collectors.counting()));
        return counts.entrySet().stream().map(count -> count.getKey() + " " + count.getValue())
                .collect(Collectors.joining(", "));
    }

    private static Stance mostFrequent(List<Stance> stances) {
        return stances.stream().collect(Collectors.groupingBy(stance -> stance, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static LinkedHashSet<String> claimIds(List<LabelledPair> pairs) {
        return pairs.stream().map(LabelledPair::claimId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void progress(String format, Object... values) {
        System.err.println("[bench-stance] " + String.format(Locale.ROOT, format, values));
    }
}
