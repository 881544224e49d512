package io.factstream.bench.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.bench.articles.ArticleFormat;
import io.factstream.bench.articles.ArticleGenerator;
import io.factstream.bench.articles.ArticleToPost;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.bench.report.Stats;
import io.factstream.contracts.Ids;
import io.factstream.contracts.Topic;
import io.factstream.ingest.article.ArticleSubmission;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The ingest benchmark (issue 3): cleaning cost per core, then articles accepted per second over HTTP
 * and through CDC, against the running `make run` stack. Prints one Markdown table and writes it to a file.
 *
 * <p>Arguments, all optional ({@code name=value}): {@code ingest} base URL, {@code kafka} bootstrap servers,
 * {@code cms} JDBC URL of the newsroom CMS database, {@code report} the Markdown file to write.
 */
public final class IngestBenchmark {
    private static final long SEED = 20260301L;
    private static final int CLEANING_ARTICLES = 1_000;
    private static final double CLEANED_PER_CORE_TARGET = 500;
    private static final int HTTP_WARM_UP_ARTICLES = 1_000;
    private static final int HTTP_ARTICLES = 20_000;
    private static final Duration HTTP_MAX_TIME = Duration.ofSeconds(60);
    private static final double HTTP_ACCEPTED_TARGET = 1_000;
    private static final Duration CLEANING_MAX_WAIT = Duration.ofMinutes(5);
    private static final int CDC_ARTICLES = 5_000;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = NamedArguments.of(args);
        URI ingest = URI.create(options.getOrDefault("ingest", "http://localhost:8081"));
        requireReady(ingest);
        ArticleGenerator generator = new ArticleGenerator(SEED, Long.toString(System.currentTimeMillis(), 36));
        ResultTable table = new ResultTable();

        CleaningBenchmark cleaning = new CleaningBenchmark();
        for (ArticleFormat format : ArticleFormat.values()) {
            progress("cleaning %,d %s articles on one thread", CLEANING_ARTICLES, format.contentType());
            List<ArticleSubmission> articles = generate(generator, CLEANING_ARTICLES, format).stream()
                    .map(IngestBenchmark::submission).toList();
            table.measured("cleaning, " + format.contentType() + ", 1 thread", cleaning.articlesPerSecond(articles),
                    "articles/s per core", CLEANED_PER_CORE_TARGET, String.format(Locale.ROOT,
                            "median of %d rounds of %,d articles", CleaningBenchmark.TIMED_ROUNDS, CLEANING_ARTICLES));
        }

        HttpAcceptBenchmark http = new HttpAcceptBenchmark(ingest.resolve("/articles"));
        progress("HTTP: warming up with %,d articles", HTTP_WARM_UP_ARTICLES);
        http.run(json(generate(generator, HTTP_WARM_UP_ARTICLES, null)), HTTP_MAX_TIME);
        progress("HTTP: %,d articles from %d clients, %d s at most", HTTP_ARTICLES, HttpAcceptBenchmark.CLIENTS,
                HTTP_MAX_TIME.toSeconds());
        List<ArticleToPost> httpArticles = generate(generator, HTTP_ARTICLES, null);
        String kafka = options.getOrDefault("kafka", "localhost:9092");
        HttpAcceptBenchmark.Result posted;
        ArrivalWatch.Arrivals cleaned;
        try (ArrivalWatch watch = new ArrivalWatch(kafka, List.of(Topic.ARTICLES_INGESTED))) {
            long start = System.currentTimeMillis();
            posted = http.run(json(httpArticles), HTTP_MAX_TIME);
            progress("HTTP: waiting until ingest has cleaned the %,d accepted articles", posted.accepted());
            Set<String> ids = posted.acceptedIndexes().stream()
                    .map(index -> Ids.articleId(httpArticles.get(index).url())).collect(Collectors.toSet());
            cleaned = watch.await(ids, start, CLEANING_MAX_WAIT, List.of(Topic.ARTICLES_INGESTED))
                    .get(Topic.ARTICLES_INGESTED);
        }
        long[] latencies = posted.sortedLatencyNanos();
        table.measured("HTTP accepted, " + HttpAcceptBenchmark.CLIENTS + " clients, 1 article per request",
                        posted.acceptedPerSecond(), "articles/s", HTTP_ACCEPTED_TARGET, String.format(Locale.ROOT,
                                "%,d accepted in %.1f s", posted.accepted(), posted.seconds()))
                .reported("HTTP statuses", posted.statuses().entrySet().stream()
                        .map(status -> status.getKey() + ": " + String.format(Locale.ROOT, "%,d", status.getValue()))
                        .reduce((a, b) -> a + ", " + b).orElse("none"))
                .reported("HTTP latency p50 / p95 / p99", latencies.length == 0 ? "none" : String.format(Locale.ROOT,
                        "%.0f / %.0f / %.0f ms", Stats.percentile(latencies, 50) / 1e6,
                        Stats.percentile(latencies, 95) / 1e6, Stats.percentile(latencies, 99) / 1e6))
                .reported("cleaned by ingest (clean, identify, publish) while and after accepting",
                        arrivalFigure(cleaned, posted.accepted()));

        progress("CDC: inserting %,d rows into the CMS table", CDC_ARTICLES);
        CdcAcceptBenchmark.Result captured = new CdcAcceptBenchmark(kafka,
                options.getOrDefault("cms", "jdbc:postgresql://localhost:5433/newsroom"))
                .run(generate(generator, CDC_ARTICLES, ArticleFormat.PLAIN_TEXT));
        table.reported("CDC accepted, CMS rows to articles.raw", arrivalFigure(captured.accepted(), captured.inserted()))
                .reported("CDC cleaned, CMS rows to articles.ingested",
                        arrivalFigure(captured.ingested(), captured.inserted()))
                .reported("machine", Machine.note());

        System.out.print(table.markdown());
        Path report = Path.of(options.getOrDefault("report", "target/bench-ingest.md"));
        table.writeTo(report);
        progress("written to %s", report);
    }

    private static String arrivalFigure(ArrivalWatch.Arrivals arrivals, int sent) {
        return String.format(Locale.ROOT, "%,.1f articles/s (%,d of %,d in %.1f s)", arrivals.articlesPerSecond(),
                arrivals.count(), sent, arrivals.seconds());
    }

    /** @param format null for the generator's usual mix of HTML and plain text */
    private static List<ArticleToPost> generate(ArticleGenerator generator, int count, ArticleFormat format) {
        return Stream.generate(() -> format == null ? generator.next() : generator.next(format)).limit(count).toList();
    }

    private static ArticleSubmission submission(ArticleToPost article) {
        return new ArticleSubmission(article.url(), article.title(), article.body(), article.outlet(),
                article.publishedAt(), article.contentType());
    }

    private static List<byte[]> json(List<ArticleToPost> articles) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<byte[]> bodies = new ArrayList<>(articles.size());
        for (ArticleToPost article : articles) {
            bodies.add(mapper.writeValueAsBytes(article));
        }
        return bodies;
    }

    private static void requireReady(URI ingest) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            int status = client.send(HttpRequest.newBuilder(ingest.resolve("/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException("ingest at " + ingest + " is not ready (" + status + ")");
            }
        } catch (ConnectException e) {
            throw new IllegalStateException("no ingest at " + ingest + ": start the stack first (make run)", e);
        }
    }

    private static void progress(String format, Object... values) {
        System.err.println("[bench-ingest] " + String.format(Locale.ROOT, format, values));
    }
}
