package io.factstream.bench.newsstance;

import io.factstream.bench.basil.BasilArticles;
import io.factstream.bench.basil.BasilArticles.Article;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.ResultTable;
import io.factstream.claims.entities.ArticleEntities;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.stance.StanceJudge;
import io.factstream.stance.StanceModel;
import io.factstream.stance.StanceResult;
import io.factstream.stance.Statement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Stance precision on our own hand-labelled pairs of real news ({@code basil-stance-labels.tsv}: claim and evidence
 * sentences of two outlets' articles on one BASIL event, by offset; the text is read from the dataset). Each pair is
 * judged as evidence search judges a cross-reference: with the embeddings, both articles' names and publication days.
 * The pairs judged wrongly go to {@code basil-stance-errors.tsv} beside the report, for reading.
 *
 * <pre>java ... BasilStanceBenchmark BASIL_FOLDER [--report PATH]</pre>
 */
public final class BasilStanceBenchmark {
    static final String LABELS = "/basil-stance-labels.tsv";
    private static final double PRECISION_TARGET = 0.85;

    record LabelledPair(String claimArticle, int claimParagraph, int claimSentence, String evidenceArticle,
            int evidenceParagraph, int evidenceSentence, Stance label, String kind) {
    }

    private BasilStanceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("usage: BasilStanceBenchmark BASIL_FOLDER [--report PATH]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path report = args.length > 2 && args[1].equals("--report") ? Path.of(args[2])
                : Path.of("target/bench-basil-stance.md");
        Map<String, Article> articles = BasilArticles.read(data);
        List<LabelledPair> pairs = labels();
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        Map<String, List<String>> names = new HashMap<>();
        articles.values().forEach(article -> names.put(article.id(),
                ArticleEntities.of(article.sentences()).names()));
        StanceJudge judge = new StanceJudge(embedder, StanceModel.shipped());

        Map<Stance, Map<Stance, Integer>> confusion = new EnumMap<>(Stance.class);
        Map<String, Map<Stance, Integer>> byRule = new TreeMap<>();
        try (PrintWriter errors = new PrintWriter(Files.newBufferedWriter(
                report.resolveSibling("basil-stance-errors.tsv")))) {
            errors.println("label\tjudged\tkind\trule\treason\tclaim\tevidence");
            for (LabelledPair pair : pairs) {
                Article claimArticle = articles.get(pair.claimArticle());
                Article evidenceArticle = articles.get(pair.evidenceArticle());
                String claim = claimArticle.sentence(pair.claimParagraph(), pair.claimSentence());
                String evidence = evidenceArticle.sentence(pair.evidenceParagraph(), pair.evidenceSentence());
                List<float[]> embeddings = embedder.embedAll(List.of(claim, evidence));
                StanceResult result = judge.judge(
                        Statement.of(claim, embeddings.get(0), names.get(claimArticle.id()), claimArticle.published()),
                        Statement.of(evidence, embeddings.get(1), names.get(evidenceArticle.id()),
                                evidenceArticle.published()), EvidenceKind.CROSS_REFERENCE);
                confusion.computeIfAbsent(pair.label(), l -> new EnumMap<>(Stance.class))
                        .merge(result.stance(), 1, Integer::sum);
                if (result.stance() != Stance.NEUTRAL) {
                    byRule.computeIfAbsent(result.stance() + " by " + DecidingRule.of(result),
                            r -> new EnumMap<>(Stance.class)).merge(pair.label(), 1, Integer::sum);
                }
                if (result.stance() != pair.label()) {
                    errors.println(String.join("\t", pair.label().name(), result.stance().name(), pair.kind(),
                            DecidingRule.of(result), result.reason(), claim, evidence));
                }
            }
        }
        ResultTable table = new ResultTable();
        for (Stance stance : List.of(Stance.SUPPORTS, Stance.REFUTES)) {
            int judged = confusion.values().stream().mapToInt(row -> row.getOrDefault(stance, 0)).sum();
            int right = confusion.getOrDefault(stance, Map.of()).getOrDefault(stance, 0);
            int gold = confusion.getOrDefault(stance, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            table.measuredShare(stance + " precision", judged == 0 ? 0 : (double) right / judged, PRECISION_TARGET,
                            String.format(Locale.ROOT, "%d right of %d judged %s", right, judged, stance))
                    .reported(stance + " recall", String.format(Locale.ROOT, "%s (%d of %d labelled %s)",
                            ResultTable.share(gold == 0 ? 0 : (double) right / gold), right, gold, stance));
        }
        table.reported("judged by rule (labels of those pairs)", byRule.entrySet().stream()
                        .map(rule -> rule.getKey() + ": " + counts(rule.getValue())).collect(Collectors.joining("; ")))
                .reported("confusion (label: judged)", confusion.entrySet().stream()
                        .map(row -> row.getKey() + ": " + counts(row.getValue())).collect(Collectors.joining("; ")))
                .reported("data", String.format(Locale.ROOT, "%s, %d hand-labelled pairs (%s)", data.getFileName(),
                        pairs.size(), LABELS))
                .reported("model", "the shipped stance model (" + StanceModel.RESOURCE + ")")
                .reported("machine", Machine.note());
        System.out.print(table.markdown());
        table.writeTo(report);
    }

    static List<LabelledPair> labels() throws IOException {
        List<LabelledPair> pairs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BasilStanceBenchmark.class.getResourceAsStream(LABELS), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                pairs.add(new LabelledPair(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3],
                        Integer.parseInt(f[4]), Integer.parseInt(f[5]), Stance.valueOf(f[6]), f[7]));
            }
        }
        return pairs;
    }


    private static String counts(Map<Stance, Integer> counts) {
        return counts.entrySet().stream().map(c -> c.getKey() + " " + c.getValue()).collect(Collectors.joining(", "));
    }
}
