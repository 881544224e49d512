package io.factstream.ingest.cdc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.ingest.article.ArticleSubmission;
import io.factstream.ingest.intake.ArticleIntake;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns rows of the newsroom CMS, streamed by Debezium, into articles. A row that is not a valid
 * article fails its record, which then goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class CmsArticleConsumer {
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(60);
    private final ArticleIntake intake;
    private final CmsRowMapper rows;
    private final ObjectMapper json;

    public CmsArticleConsumer(ArticleIntake intake, CmsColumns columns, ObjectMapper json) {
        this.intake = intake;
        this.rows = new CmsRowMapper(columns);
        this.json = json;
    }

    @Incoming("cms-articles")
    @Blocking
    public void consume(String changeEvent) throws JsonProcessingException {
        if (changeEvent == null) {
            return;
        }
        Optional<ArticleSubmission> submission = rows.toSubmission(json.readTree(changeEvent));
        if (submission.isPresent()) {
            intake.accept(submission.get(), "cms").await().atMost(KAFKA_TIMEOUT);
        }
    }
}
