package io.factstream.ingest.intake;

import io.factstream.contracts.RawSubmission;
import io.factstream.ingest.article.ArticleNormalizer;
import io.factstream.ingest.article.ArticleSubmission;
import io.factstream.ingest.publish.ArticlePublisher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * The one way in for every article, whatever its channel: check the submission and put it on
 * {@code articles.raw}. Cleaning and identity follow in {@link RawSubmissionStream}, so accepting costs
 * little and a newsroom's burst only grows a backlog that Kafka keeps.
 */
@ApplicationScoped
public class ArticleIntake {
    private final ArticleNormalizer normalizer;
    private final ArticlePublisher publisher;
    private final Clock clock;

    public ArticleIntake(ArticleNormalizer normalizer, ArticlePublisher publisher, Clock clock) {
        this.normalizer = normalizer;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * @param source how the article arrived: {@code http}, {@code cms} or {@code feed}
     * @return the article id, once Kafka holds the submission
     * @throws io.factstream.ingest.article.InvalidArticleException when the submission is not a valid article
     */
    public Uni<String> accept(ArticleSubmission submission, String source) {
        RawSubmission raw = normalizer.accept(submission, source, clock.instant());
        return publisher.publish(raw).replaceWith(raw.articleId());
    }
}
