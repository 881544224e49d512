package io.factstream.ingest.publish;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.RawSubmission;
import io.factstream.support.messaging.KeyedMessages;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Writes submissions as received to {@code articles.raw} and cleaned articles to {@code articles.ingested},
 * both keyed by article id. Each Uni completes once Kafka holds the record.
 */
@ApplicationScoped
public class ArticlePublisher {
    private final MutinyEmitter<ArticleIngested> articles;
    private final MutinyEmitter<RawSubmission> rawSubmissions;

    public ArticlePublisher(@Channel("articles-ingested") MutinyEmitter<ArticleIngested> articles,
            @Channel("articles-raw") MutinyEmitter<RawSubmission> rawSubmissions) {
        this.articles = articles;
        this.rawSubmissions = rawSubmissions;
    }

    public Uni<Void> publish(RawSubmission raw) {
        return rawSubmissions.sendMessage(KeyedMessages.keyed(raw, raw.articleId()));
    }

    public Uni<Void> publish(ArticleIngested article) {
        return articles.sendMessage(KeyedMessages.keyed(article, article.articleId()));
    }
}
