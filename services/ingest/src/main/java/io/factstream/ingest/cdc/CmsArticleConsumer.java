package io.factstream.ingest.cdc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.ingest.intake.ArticleIntake;
import io.factstream.support.metrics.StageMetrics;
import io.micrometer.core.annotation.Timed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns rows of the newsroom CMS, streamed by Debezium, into accepted articles. A row that is not a valid
 * article fails its record, which then goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class CmsArticleConsumer {
    private final ArticleIntake intake;
    private final CmsRowMapper rows;
    private final ObjectMapper json;

    public CmsArticleConsumer(ArticleIntake intake, CmsColumns columns, ObjectMapper json) {
        this.intake = intake;
        this.rows = new CmsRowMapper(columns);
        this.json = json;
    }

    @Incoming("cms-articles")
    @Timed(value = StageMetrics.RECORDS, extraTags = {StageMetrics.STAGE, "ingest.cms"})
    public Uni<Void> consume(String changeEvent) {
        if (changeEvent == null) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(() -> rows.toSubmission(readTree(changeEvent)))
                .chain(submission -> submission.isEmpty() ? Uni.createFrom().voidItem()
                        : intake.accept(submission.get(), "cms").replaceWithVoid());
    }

    private JsonNode readTree(String changeEvent) {
        try {
            return json.readTree(changeEvent);
        } catch (IOException e) {
            throw new IllegalArgumentException("the change event is not JSON: " + e.getMessage(), e);
        }
    }
}
