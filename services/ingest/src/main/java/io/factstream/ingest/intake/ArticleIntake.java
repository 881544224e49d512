package io.factstream.ingest.intake;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.RawSubmission;
import io.factstream.ingest.article.ArticleNormalizer;
import io.factstream.ingest.article.ArticleSubmission;
import io.factstream.ingest.article.CleanArticle;
import io.factstream.ingest.identity.ArticleIdentity;
import io.factstream.ingest.identity.ArticleRegistry;
import io.factstream.ingest.publish.ArticlePublisher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * The one way in for every article, whatever its channel: validate and clean the submission, give
 * it its identity, and publish it. The returned Uni completes once Kafka holds the article.
 */
@ApplicationScoped
public class ArticleIntake {
    private final ArticleNormalizer normalizer;
    private final ArticleRegistry registry;
    private final ArticlePublisher publisher;
    private final Clock clock = Clock.systemUTC();

    public ArticleIntake(ArticleNormalizer normalizer, ArticleRegistry registry, ArticlePublisher publisher) {
        this.normalizer = normalizer;
        this.registry = registry;
        this.publisher = publisher;
    }

    /**
     * Blocks on the article registry (PostgreSQL): call it from a worker thread.
     *
     * @param source how the article arrived: {@code http}, {@code cms} or {@code feed}
     * @throws io.factstream.ingest.article.InvalidArticleException when the submission is not a valid article
     */
    public Uni<ArticleIngested> accept(ArticleSubmission submission, String source) {
        CleanArticle clean = normalizer.normalize(submission, clock.instant());
        ArticleIdentity identity = registry.register(clean);
        Instant now = clock.instant();
        ArticleIngested article = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, identity.articleId(),
                identity.revision(), clean.url(), clean.title(), clean.body(), clean.outlet(), clean.publishedAt(),
                now, source, identity.originId(), clean.language(), submission.byline(), submission.located());
        RawSubmission raw = new RawSubmission(RawSubmission.SCHEMA_VERSION, identity.articleId(), identity.revision(),
                source, now, submission.url(), submission.title(), submission.body(), submission.outlet(),
                submission.publishedAt(), submission.contentType(), submission.byline(), submission.located());
        return publisher.publish(raw, article).replaceWith(article);
    }
}
