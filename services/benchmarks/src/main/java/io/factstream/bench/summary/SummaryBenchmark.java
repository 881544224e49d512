package io.factstream.bench.summary;

import io.factstream.bench.basil.BasilArticles;
import io.factstream.bench.cleaning.CleaningBenchmark;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.claims.extraction.ClaimExtractor;
import io.factstream.claims.scoring.CheckworthinessScorer;
import io.factstream.stance.StanceJudge;
import io.factstream.stance.StanceModel;
import io.factstream.text.CentralSentences;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.ingest.article.ArticleSubmission;
import io.factstream.ingest.article.CleanArticle;
import io.factstream.text.Sentence;
import io.factstream.text.SentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * "What happened" on real news, with no gold summaries to compare against. On BASIL ({@code data=PATH}) three outlets
 * report each event, so a summary sentence that is about the event has a close counterpart in another outlet's
 * article: the measure is a summary sentence's best cosine with any sentence of the event's other outlets' articles,
 * and the share of summary sentences whose best is at least {@value OtherOutlets#STATED_ELSEWHERE}. On the sample pages
 * ({@code seeds=PATH}, optional) each method's summary of each cleaned page is printed for reading.
 * Methods for one article: the old first two sentences, and {@link CentralSentences} at several lead weights. Then
 * the story summary across each event's outlets, before and after its refuted-claim rule ({@link StorySummaries}).
 */
public final class SummaryBenchmark {
    static final int SENTENCES = 2;
    private static final Pattern OLD_FULL_SENTENCE = Pattern.compile("(?s).*[.!?\"”']$");

    private SummaryBenchmark() {
    }

    record Method(String name, Function<Embedded, List<Integer>> summary) {
    }

    record Embedded(List<String> texts, List<float[]> embeddings) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = NamedArguments.of(args);
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        List<Method> methods = new ArrayList<>();
        methods.add(new Method("first two sentences (before)", SummaryBenchmark::firstTwo));
        for (double weight : new double[] {0, 0.05, 0.1, 0.2, 0.4}) {
            methods.add(new Method(String.format(Locale.ROOT, "central, lead weight %.2f", weight),
                    article -> CentralSentences.pick(article.texts(), article.embeddings(), SENTENCES, weight)));
        }
        String seeds = options.getOrDefault("seeds", "").strip();
        Map<String, int[]> furnitureOnRawPages = new LinkedHashMap<>();
        if (!seeds.isEmpty()) {
            printSeedSummaries(Path.of(seeds), embedder, methods);
            furnitureOnRawPages = furnitureInSummariesOfRawPages(Path.of(seeds), embedder, methods);
        }
        Path basil = Path.of(options.get("data"));
        Map<String, List<BasilArticles.Article>> events = BasilArticles.read(basil).values().stream()
                .collect(Collectors.groupingBy(BasilArticles.Article::event, LinkedHashMap::new, Collectors.toList()));
        Map<String, Embedded> embedded = new LinkedHashMap<>();
        events.values().stream().flatMap(List::stream).forEach(article -> embedded.put(article.id(),
                new Embedded(article.sentences(), embedder.embedAll(article.sentences()))));
        OtherOutlets otherOutlets = new OtherOutlets(embedded);
        ResultTable table = new ResultTable();
        for (Method method : methods) {
            SummaryFigures figures = new SummaryFigures();
            for (List<BasilArticles.Article> event : events.values()) {
                for (BasilArticles.Article article : event) {
                    Embedded own = embedded.get(article.id());
                    method.summary().apply(own).forEach(i -> figures.sentence(
                            otherOutlets.bestCosine(own.embeddings().get(i), article.outlet(), event)));
                }
            }
            table.reported(method.name(), figures.statedElsewhere());
        }
        StorySummaries stories = new StorySummaries(new ClaimExtractor(new CheckworthinessScorer(), embedder),
                new CrossReferenceRefutation(new StanceJudge(embedder, StanceModel.shipped())), otherOutlets,
                embedded);
        for (List<BasilArticles.Article> event : events.values()) {
            stories.add(event);
        }
        stories.reportTo(table);
        furnitureOnRawPages.forEach((method, counts) -> table.reported("uncleaned sample pages, " + method,
                String.format(Locale.ROOT, "furniture in the summary: %d of %d sentences", counts[0], counts[1])));
        table.reported("data", basil + ": " + embedded.size() + " articles, " + events.size() + " events")
                .reported("machine", Machine.note());
        System.out.print(table.markdown());
        Path report = Path.of(options.getOrDefault("report", "target/bench-summary.md"));
        table.writeTo(report);
        System.err.println("[bench-summary] written to " + report);
    }

    /** Before: the first two sentences that end like a sentence. */
    private static List<Integer> firstTwo(Embedded article) {
        return IntStream.range(0, article.texts().size())
                .filter(i -> OLD_FULL_SENTENCE.matcher(article.texts().get(i)).matches()).limit(SENTENCES).boxed()
                .toList();
    }

    /**
     * The summary of each sample page as it was scraped, furniture and all, and how many of its sentences come from a
     * line labelled furniture: what a summary alone does when cleaning misses something.
     */
    private static Map<String, int[]> furnitureInSummariesOfRawPages(Path seeds, SentenceEmbedder embedder,
            List<Method> methods) throws IOException {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<CleaningBenchmark.Label>> labels = CleaningBenchmark.labels().stream()
                .collect(Collectors.groupingBy(CleaningBenchmark.Label::seed));
        for (Path page : seedPages(seeds)) {
            String seed = page.getFileName().toString().substring(0, 3);
            List<String> lines = Files.readAllLines(page);
            List<String> texts = new ArrayList<>();
            List<Integer> lineOf = new ArrayList<>();
            for (int line = 1; line <= lines.size(); line++) {
                for (Sentence sentence : SentenceSplitter.split(lines.get(line - 1))) {
                    texts.add(sentence.text());
                    lineOf.add(line);
                }
            }
            List<Integer> furnitureLines = labels.getOrDefault(seed, List.of()).stream()
                    .filter(label -> label.kind().equals("FURNITURE")).map(CleaningBenchmark.Label::line).toList();
            Embedded article = new Embedded(texts, embedder.embedAll(texts));
            for (Method method : methods) {
                int[] count = counts.computeIfAbsent(method.name(), name -> new int[2]);
                for (int i : method.summary().apply(article)) {
                    count[0] += furnitureLines.contains(lineOf.get(i)) ? 1 : 0;
                    count[1]++;
                }
            }
        }
        return counts;
    }

    private static List<Path> seedPages(Path seeds) throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(file -> file.getFileName().toString().matches("00[2-9]_.*\\.txt")).sorted().toList();
        }
    }

    private static void printSeedSummaries(Path seeds, SentenceEmbedder embedder, List<Method> methods)
            throws IOException {
        for (Path page : seedPages(seeds)) {
            CleanArticle cleaned = CleaningBenchmark.cleaned(new ArticleSubmission(
                    "https://seed/" + page.getFileName(), null, Files.readString(page), null, null, "text/plain"));
            List<String> texts = SentenceSplitter.split(cleaned.body()).stream().map(Sentence::text).toList();
            Embedded article = new Embedded(texts, embedder.embedAll(texts));
            System.out.printf("%n===== %s: %s%n", page.getFileName(), cleaned.title());
            for (Method method : methods) {
                System.out.printf("- %s: %s%n", method.name(), method.summary().apply(article).stream()
                        .map(texts::get).collect(Collectors.joining(" ")));
            }
        }
    }
}
