package io.factstream.bench.ingest;

import io.factstream.bench.report.Stats;
import io.factstream.ingest.article.ArticleNormalizer;
import io.factstream.ingest.article.ArticleSubmission;
import io.factstream.ingest.cleaning.BoilerplateFilter;
import io.factstream.ingest.cleaning.LanguageIdentifier;
import io.factstream.ingest.cleaning.OutletLineHistory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import org.jboss.logmanager.LogContext;

/** The cleaning cost per article: ingest's normalizer, built as ingest builds it, on one thread. */
final class CleaningBenchmark {
    static final int WARM_UP_ROUNDS = 2;
    static final int TIMED_ROUNDS = 5;

    private final ArticleNormalizer normalizer = normalizerAsIngestBuildsIt();

    /**
     * Logs at INFO, as ingest does: unconfigured, the log manager enables TRACE, and the language detector's
     * TRACE-guarded diagnostics would then be measured as part of cleaning (they more than halve its speed).
     */
    CleaningBenchmark() {
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
    }

    /** Articles cleaned per second by one thread: the median of the timed rounds, after the warm-up rounds. */
    double articlesPerSecond(List<ArticleSubmission> articles) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            cleanAll(articles);
        }
        double[] rates = new double[TIMED_ROUNDS];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            long start = System.nanoTime();
            cleanAll(articles);
            rates[round] = articles.size() / ((System.nanoTime() - start) / 1e9);
        }
        return Stats.median(rates);
    }

    private void cleanAll(List<ArticleSubmission> articles) {
        Instant now = Instant.now();
        for (ArticleSubmission article : articles) {
            normalizer.clean(normalizer.accept(article, "bench", now));
        }
    }

    /** As ingest's NormalizerProducer does, with the limits of ingest's own application.properties. */
    private static ArticleNormalizer normalizerAsIngestBuildsIt() {
        Properties config = ingestConfig();
        OutletLineHistory history = new OutletLineHistory(intOf(config, "factstream.ingest.boilerplate.max-outlets"),
                intOf(config, "factstream.ingest.boilerplate.articles-per-outlet"),
                intOf(config, "factstream.ingest.boilerplate.repeated-in-articles"));
        return new ArticleNormalizer(intOf(config, "factstream.ingest.max-body-chars"), new BoilerplateFilter(history),
                new LanguageIdentifier());
    }

    /** Ingest's application.properties: the class path holds other services' too. */
    private static Properties ingestConfig() {
        try {
            for (URL resource : Collections.list(ArticleNormalizer.class.getClassLoader()
                    .getResources("application.properties"))) {
                Properties config = new Properties();
                try (InputStream in = resource.openStream()) {
                    config.load(in);
                }
                if ("ingest".equals(config.getProperty("quarkus.application.name"))) {
                    return config;
                }
            }
            throw new IllegalStateException("the class path has no application.properties of ingest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int intOf(Properties config, String key) {
        return Integer.parseInt(config.getProperty(key).strip());
    }
}
