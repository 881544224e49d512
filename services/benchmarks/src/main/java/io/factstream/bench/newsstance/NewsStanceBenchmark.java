package io.factstream.bench.newsstance;

import io.factstream.bench.newsstance.CrossReferenceReading.SourceStance;
import io.factstream.bench.newsstance.FncPairs.Pair;
import io.factstream.bench.newsstance.FncPairs.Relation;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.ResultTable;
import io.factstream.contracts.Stance;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.stance.StanceJudge;
import io.factstream.stance.StanceModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * News stance quality on FNC-1's training data (docs/evidence.md): each headline is read as a claim and its paired
 * body as another outlet's article, split into passages and judged as evidence search and the verdict read a
 * cross-reference ({@link CrossReferenceReading}): one body is one source, whose stance counts when a rule decided
 * it. Agree should read as SUPPORTS, disagree as REFUTES, discuss and unrelated as neither. Reports per-stance
 * precision and recall, the false refutation and false support rates, and what decided each refutation and support.
 * The pairs judged wrongly go to {@code news-stance-errors.tsv} beside the report, for reading.
 *
 * <pre>java ... NewsStanceBenchmark FNC1_FOLDER [--report PATH] [--every N]</pre>
 * {@code --every N} judges every N-th pair only, for a quick look.
 */
public final class NewsStanceBenchmark {
    private static final double FALSE_REFUTATION_TARGET = 0.02;
    private static final double REFUTES_RECALL_TARGET = 0.30;
    private static final double FALSE_SUPPORT_TARGET = 0.05;
    private static final double SUPPORTS_RECALL_TARGET = 0.50;

    private NewsStanceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("usage: NewsStanceBenchmark FNC1_FOLDER [--report PATH] [--every N]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path report = Path.of("target/bench-news-stance.md");
        int every = 1;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--report" -> report = Path.of(args[++i]);
                case "--every" -> every = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        FncPairs fnc = FncPairs.read(data);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < fnc.pairs().size(); i += every) {
            pairs.add(fnc.pairs().get(i));
        }
        progress("%s: %,d pairs of %,d bodies", data, pairs.size(), fnc.bodies().size());

        long started = System.nanoTime();
        FncArticles articles = FncArticles.of(fnc, pairs, report.resolveSibling("news-stance-embeddings.bin"));
        progress("%,d sentences embedded or read in %.1f s", articles.sentences(), (System.nanoTime() - started) / 1e9);

        CrossReferenceReading reading = new CrossReferenceReading(
                new StanceJudge(SentenceEmbedder.shared(), StanceModel.shipped()));
        NewsStanceTally tally = new NewsStanceTally();
        NewsStanceTally modelOnly = new NewsStanceTally();
        started = System.nanoTime();
        try (PrintWriter errors = new PrintWriter(Files.newBufferedWriter(
                report.resolveSibling("news-stance-errors.tsv")))) {
            errors.println("relation\tjudged\trule\theadline\tdeciding passage");
            for (Pair pair : pairs) {
                SourceStance read = reading.read(articles.claim(pair), articles.passages(pair.bodyId()));
                String rule = read.decisive() == null ? null : DecidingRule.of(read.decisive().result());
                tally.add(pair.relation(), read.stance(), rule);
                modelOnly.add(pair.relation(), read.modelOnly(), "model");
                if (read.stance() != pair.relation().stance() && read.decisive() != null) {
                    errors.println(pair.relation() + "\t" + read.stance() + "\t" + rule + "\t" + pair.headline()
                            + "\t" + read.decisive().passage().text());
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        ResultTable table = new ResultTable()
                .measuredAtMost("false refutation rate (agree + discuss read as REFUTES)",
                        tally.falseRefutationRate(), FALSE_REFUTATION_TARGET,
                        counted(tally, Stance.REFUTES, Relation.AGREE, Relation.DISCUSS))
                .measuredShare("REFUTES recall on disagree", tally.recallOn(Relation.DISAGREE, Stance.REFUTES),
                        REFUTES_RECALL_TARGET, counted(tally, Stance.REFUTES, Relation.DISAGREE))
                .measuredAtMost("false support rate (discuss + unrelated read as SUPPORTS)",
                        tally.falseSupportRate(), FALSE_SUPPORT_TARGET,
                        counted(tally, Stance.SUPPORTS, Relation.DISCUSS, Relation.UNRELATED))
                .measuredShare("SUPPORTS recall on agree", tally.recallOn(Relation.AGREE, Stance.SUPPORTS),
                        SUPPORTS_RECALL_TARGET, counted(tally, Stance.SUPPORTS, Relation.AGREE));
        for (Stance stance : Stance.values()) {
            table.reported(stance + " precision / recall", ResultTable.share(tally.precision(stance)) + " / "
                    + ResultTable.share(tally.recall(stance)));
        }
        table.reported("the stance model's readings alone (count for nothing from one source)", String.format(
                        Locale.ROOT, "REFUTES: %s; SUPPORTS: %s", byRule(modelOnly.refutingRules()),
                        byRule(modelOnly.supportingRules())))
                .reported("REFUTES decided by (articles by relation)", byRule(tally.refutingRules()))
                .reported("SUPPORTS decided by (articles by relation)", byRule(tally.supportingRules()))
                .reported("pairs judged per second", String.format(Locale.ROOT, "%,.0f (embeddings computed before)",
                        pairs.size() / seconds))
                .reported("data", String.format(Locale.ROOT, "%s: %,d pairs%s, %s", data.getFileName(), pairs.size(),
                        every > 1 ? " (every " + every + "th)" : "", relations(tally)))
                .reported("model", "the shipped stance model (" + StanceModel.RESOURCE + ")")
                .reported("machine", Machine.note());
        System.out.print(table.markdown());
        table.writeTo(report);
        progress("written to %s", report);
    }

    private static String counted(NewsStanceTally tally, Stance judged, Relation... relations) {
        int hits = Stream.of(relations).mapToInt(relation -> tally.count(relation, judged)).sum();
        int all = Stream.of(relations).mapToInt(tally::count).sum();
        return String.format(Locale.ROOT, "%,d of %,d", hits, all);
    }

    private static String byRule(Map<String, Map<Relation, Integer>> rules) {
        return rules.entrySet().stream().map(rule -> rule.getKey() + ": " + rule.getValue().entrySet().stream()
                        .map(count -> count.getKey().name().toLowerCase(Locale.ROOT) + " " + count.getValue())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private static String relations(NewsStanceTally tally) {
        return Stream.of(Relation.values()).map(relation -> relation.name().toLowerCase(Locale.ROOT) + " "
                + tally.count(relation)).collect(Collectors.joining(", "));
    }

    private static void progress(String format, Object... values) {
        System.err.println("[bench-news-stance] " + String.format(Locale.ROOT, format, values));
    }
}
