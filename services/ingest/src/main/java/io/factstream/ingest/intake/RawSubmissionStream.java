package io.factstream.ingest.intake;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.RawSubmission;
import io.factstream.ingest.article.ArticleNormalizer;
import io.factstream.ingest.article.ArticleSubmission;
import io.factstream.ingest.article.CleanArticle;
import io.factstream.ingest.identity.ArticleIdentity;
import io.factstream.ingest.identity.ArticleRegistry;
import io.factstream.ingest.publish.ArticlePublisher;
import io.factstream.support.metrics.StageMetrics;
import io.micrometer.core.annotation.Timed;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Turns accepted submissions into articles: clean, give each its identity (revision, reprint origin), publish
 * on {@code articles.ingested}. A submission with no text once cleaned fails its record, which goes to the
 * dead-letter topic with the reason.
 */
@ApplicationScoped
public class RawSubmissionStream {
    private static final Logger LOG = Logger.getLogger(RawSubmissionStream.class);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    private static final int REGISTRY_ATTEMPTS = 10;
    private final ArticleNormalizer normalizer;
    private final ArticleRegistry registry;
    private final ArticlePublisher publisher;

    public RawSubmissionStream(ArticleNormalizer normalizer, ArticleRegistry registry, ArticlePublisher publisher) {
        this.normalizer = normalizer;
        this.registry = registry;
        this.publisher = publisher;
    }

    @Incoming("raw-submissions")
    @Timed(value = StageMetrics.RECORDS, extraTags = {StageMetrics.STAGE, "ingest.clean"})
    @Blocking
    public void process(RawSubmission raw) throws InterruptedException {
        ArticleSubmission submission = new ArticleSubmission(raw.url(), raw.title(), raw.body(), raw.outlet(),
                raw.publishedAt(), raw.contentType(), raw.byline(), raw.located());
        CleanArticle clean = normalizer.normalize(submission, raw.receivedAt());
        ArticleIdentity identity = register(clean);
        ArticleIngested article = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, identity.articleId(),
                identity.revision(), clean.url(), clean.title(), clean.body(), clean.outlet(), clean.publishedAt(),
                raw.receivedAt(), raw.source(), identity.originId(), clean.language(), raw.byline(), raw.located());
        publisher.publish(article).await().atMost(KAFKA_TIMEOUT);
    }

    /** PostgreSQL may be restarting: wait for it (about 2 minutes at most) rather than dead-letter the article. */
    private ArticleIdentity register(CleanArticle clean) throws InterruptedException {
        Duration wait = FIRST_RETRY;
        for (int attempt = 1; ; attempt++) {
            try {
                return registry.register(clean);
            } catch (ArticleRegistry.UnavailableException e) {
                if (attempt == REGISTRY_ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("The article registry is unavailable, retrying %s in %s: %s", clean.url(), wait,
                        e.getMessage());
                Thread.sleep(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
            }
        }
    }
}
