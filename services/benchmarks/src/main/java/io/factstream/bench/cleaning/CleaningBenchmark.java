package io.factstream.bench.cleaning;

import io.factstream.bench.basil.BasilArticles;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.ingest.article.ArticleNormalizer;
import io.factstream.ingest.article.ArticleSubmission;
import io.factstream.ingest.article.CleanArticle;
import io.factstream.ingest.cleaning.BoilerplateFilter;
import io.factstream.ingest.cleaning.LanguageIdentifier;
import io.factstream.ingest.cleaning.OutletLineHistory;
import io.factstream.ingest.cleaning.TextRepair;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Cleaning of real scraped pages: the customer's sample pages ({@code data=PATH}, the seeds folder) go through
 * ingest's cleaning as plain text without a title, one page per outlet, as the first article of a new outlet does.
 * Against our hand labels ({@code cleaning-seed-labels.tsv}: line numbers and notes only) it names every furniture
 * line that survives, every story line that is lost and the title chosen, and prints each cleaned text. With
 * {@code basil=PATH}, BASIL's articles (story text without furniture, each with its title) go through cleaning too,
 * and every paragraph lost is named: a paragraph that is the article's title, as many bodies open with, is not counted.
 */
public final class CleaningBenchmark {
    private static final String LABELS = "cleaning-seed-labels.tsv";

    private CleaningBenchmark() {
    }

    public record Label(String seed, int line, String kind, String note) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = NamedArguments.of(args);
        Path seeds = Path.of(options.get("data"));
        Map<String, List<Label>> labelsBySeed = new TreeMap<>();
        for (Label label : labels()) {
            labelsBySeed.computeIfAbsent(label.seed(), seed -> new ArrayList<>()).add(label);
        }
        int furniture = 0;
        int furnitureKept = 0;
        int story = 0;
        int storyLost = 0;
        int titlesRight = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<Label>> seed : labelsBySeed.entrySet()) {
            Path file = seedFile(seeds, seed.getKey());
            List<String> lines = Files.readAllLines(file);
            CleanArticle cleaned = cleaned(new ArticleSubmission("https://seed-" + seed.getKey()
                    + ".example/article", null, String.join("\n", lines), null, null, "text/plain"));
            String body = squeezed(cleaned.body());
            System.out.printf("%n===== seed %s: title \"%s\"%n%s%n", seed.getKey(), cleaned.title(), cleaned.body());
            boolean titleIsFurniture = false;
            for (Label label : seed.getValue()) {
                String text = squeezed(TextRepair.repair(lines.get(label.line() - 1)));
                boolean kept = body.contains(text);
                switch (label.kind()) {
                    case "FURNITURE" -> {
                        furniture++;
                        titleIsFurniture |= squeezed(cleaned.title()).equals(text);
                        if (kept) {
                            furnitureKept++;
                            failures.add(String.format(Locale.ROOT, "seed %s line %d, furniture kept (%s): %s",
                                    seed.getKey(), label.line(), label.note(), text));
                        }
                    }
                    case "STORY" -> {
                        story++;
                        if (!kept) {
                            storyLost++;
                            failures.add(String.format(Locale.ROOT, "seed %s line %d, story lost (%s): %s",
                                    seed.getKey(), label.line(), label.note(), text));
                        }
                    }
                    case "HEADLINE" -> {
                        if (squeezed(cleaned.title()).equals(text)) {
                            titlesRight++;
                        } else {
                            failures.add(String.format(Locale.ROOT, "seed %s: title \"%s\", not the headline on "
                                    + "line %d", seed.getKey(), cleaned.title(), label.line()));
                        }
                    }
                    default -> throw new IOException("unknown label " + label.kind() + " in " + LABELS);
                }
            }
            if (titleIsFurniture) {
                failures.add("seed " + seed.getKey() + ": the title is a furniture line");
            }
        }
        String basil = options.getOrDefault("basil", "").strip();
        int[] basilLost = basil.isEmpty() ? null : basilParagraphsLost(Path.of(basil), failures);
        long headlines = labelsBySeed.values().stream().flatMap(List::stream)
                .filter(label -> label.kind().equals("HEADLINE")).count();
        System.out.println();
        failures.forEach(failure -> System.out.println("- " + failure));
        ResultTable table = new ResultTable()
                .reported("furniture lines reaching articles.ingested", String.format(Locale.ROOT, "%d of %d",
                        furnitureKept, furniture))
                .reported("story lines lost", String.format(Locale.ROOT, "%d of %d", storyLost, story))
                .reported("titles that are the headline (pages submitted without a title)",
                        String.format(Locale.ROOT, "%d of %d", titlesRight, headlines))
                .reported("BASIL paragraphs lost", basilLost == null ? "not run (basil=PATH)" : String.format(
                        Locale.ROOT, "%d of %d (%s)", basilLost[0], basilLost[1], basil))
                .reported("data", seeds + ": " + String.join(", ", labelsBySeed.keySet())
                        + " (labels: services/benchmarks/src/main/resources/" + LABELS + ")")
                .reported("machine", Machine.note());
        System.out.print(table.markdown());
        Path report = Path.of(options.getOrDefault("report", "target/bench-cleaning.md"));
        table.writeTo(report);
        System.err.println("[bench-cleaning] written to " + report);
    }

    /** Paragraphs lost and paragraphs in all, each article cleaned as the first of its outlet. */
    private static int[] basilParagraphsLost(Path basil, List<String> failures) throws IOException {
        int lost = 0;
        int paragraphs = 0;
        for (BasilArticles.Article article : BasilArticles.read(basil).values()) {
            CleanArticle cleaned = cleaned(new ArticleSubmission("https://" + article.outlet() + "/" + article.id(),
                    article.title(), article.body(), article.outlet(), null, "text/plain"));
            String body = squeezed(cleaned.body());
            for (List<String> paragraph : article.paragraphs()) {
                String text = squeezed(TextRepair.repair(String.join(" ", paragraph)));
                if (text.isEmpty() || text.equalsIgnoreCase(squeezed(article.title()))) {
                    continue;
                }
                paragraphs++;
                if (!body.contains(text)) {
                    lost++;
                    failures.add("BASIL " + article.id() + ", paragraph lost: " + text);
                }
            }
        }
        return new int[] {lost, paragraphs};
    }

    /** A page accepted and cleaned as ingest does by default, with no history of the outlet's earlier pages. */
    public static CleanArticle cleaned(ArticleSubmission submission) {
        ArticleNormalizer normalizer = newNormalizer();
        return normalizer.clean(normalizer.accept(submission, "bench", Instant.now()));
    }

    private static ArticleNormalizer newNormalizer() {
        return new ArticleNormalizer(1_000_000, new BoilerplateFilter(new OutletLineHistory(1, 50, 3)),
                new LanguageIdentifier());
    }

    public static List<Label> labels() throws IOException {
        List<Label> labels = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                CleaningBenchmark.class.getClassLoader().getResourceAsStream(LABELS), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    labels.add(new Label(columns[0], Integer.parseInt(columns[1]), columns[2], columns[3]));
                }
            }
        }
        return labels;
    }

    private static Path seedFile(Path seeds, String seed) throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(file -> file.getFileName().toString().startsWith(seed + "_")).findFirst()
                    .orElseThrow(() -> new IOException("no seed " + seed + "_* in " + seeds));
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
