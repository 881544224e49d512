package io.factstream.ingest.intake;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.RawSubmission;
import io.factstream.ingest.article.ArticleNormalizer;
import io.factstream.ingest.article.CleanArticle;
import io.factstream.ingest.identity.ArticleIdentity;
import io.factstream.ingest.identity.ArticleRegistry;
import io.factstream.ingest.publish.ArticlePublisher;
import io.factstream.support.metrics.StageMetrics;
import io.factstream.support.resilience.RetryWhileUnavailable;
import io.micrometer.core.annotation.Timed;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns accepted submissions into articles: clean, give each its identity (revision, reprint origin), publish
 * on {@code articles.ingested}. A submission with no text once cleaned fails its record, which goes to the
 * dead-letter topic with the reason; while PostgreSQL or Kafka is unavailable, the record waits and is tried again.
 */
@ApplicationScoped
public class RawSubmissionStream {
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(60);
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
    @RetryWhileUnavailable
    public void process(RawSubmission raw) {
        CleanArticle clean = normalizer.clean(raw);
        ArticleIdentity identity = registry.register(clean);
        ArticleIngested article = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, identity.articleId(),
                identity.revision(), clean.url(), clean.title(), clean.body(), clean.outlet(), clean.publishedAt(),
                raw.receivedAt(), raw.source(), identity.originId(), clean.language(), raw.byline(), raw.located());
        publisher.publish(article).await().atMost(KAFKA_TIMEOUT);
    }
}
