package io.factstream.ingest.cdc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.ingest.article.ArticleNormalizer;
import io.factstream.ingest.publish.ArticlePublisher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns rows of the newsroom CMS, streamed by Debezium, into articles. A row that is not a valid
 * article fails its record, which then goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class CmsArticleConsumer {
    private final ArticleNormalizer normalizer;
    private final ArticlePublisher publisher;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public CmsArticleConsumer(ArticleNormalizer normalizer, ArticlePublisher publisher, ObjectMapper json) {
        this.normalizer = normalizer;
        this.publisher = publisher;
        this.json = json;
    }

    @Incoming("cms-articles")
    public Uni<Void> consume(String changeEvent) throws JsonProcessingException {
        if (changeEvent == null) {
            return Uni.createFrom().voidItem();
        }
        return CmsRowMapper.toSubmission(json.readTree(changeEvent))
                .map(submission -> publisher.publish(normalizer.normalize(submission, "cms", clock.instant())))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }
}
