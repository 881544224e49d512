package io.factstream.ingest.publish;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.RawSubmission;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes an accepted article twice: as received to {@code articles.raw}, and cleaned to
 * {@code articles.ingested} keyed by article id. Completes once Kafka holds both records.
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

    public Uni<Void> publish(RawSubmission raw, ArticleIngested article) {
        return Uni.combine().all().unis(
                        rawSubmissions.sendMessage(withKey(Message.of(raw), raw.key())),
                        articles.sendMessage(withKey(Message.of(article), article.articleId())))
                .discardItems();
    }

    private static <T> Message<T> withKey(Message<T> message, String key) {
        return message.addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
    }
}
