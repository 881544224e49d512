package io.factstream.ingest.cdc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.ingest.intake.ArticleIntake;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns rows of the newsroom CMS, streamed by Debezium, into articles. A row that is not a valid
 * article fails its record, which then goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class CmsArticleConsumer {
    private final ArticleIntake intake;
    private final ObjectMapper json;

    public CmsArticleConsumer(ArticleIntake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @Incoming("cms-articles")
    public Uni<Void> consume(String changeEvent) throws JsonProcessingException {
        if (changeEvent == null) {
            return Uni.createFrom().voidItem();
        }
        return CmsRowMapper.toSubmission(json.readTree(changeEvent))
                .map(submission -> intake.accept(submission, "cms").replaceWithVoid())
                .orElseGet(() -> Uni.createFrom().voidItem());
    }
}
