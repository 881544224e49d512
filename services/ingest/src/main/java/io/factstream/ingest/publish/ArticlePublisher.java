package io.factstream.ingest.publish;

import io.factstream.contracts.ArticleIngested;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Writes articles to {@code articles.ingested}, keyed by article id; completes once Kafka has the record. */
@ApplicationScoped
public class ArticlePublisher {
    private final MutinyEmitter<ArticleIngested> articles;

    public ArticlePublisher(@Channel("articles-ingested") MutinyEmitter<ArticleIngested> articles) {
        this.articles = articles;
    }

    public Uni<Void> publish(ArticleIngested article) {
        return articles.sendMessage(Message.of(article).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(article.articleId()).build()));
    }
}
