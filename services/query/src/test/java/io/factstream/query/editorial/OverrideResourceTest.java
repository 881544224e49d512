package io.factstream.query.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.Topic;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.ResultTopics;
import io.factstream.query.editors.Editors;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The editor's override endpoint on the real PostgreSQL, Kafka, Elasticsearch and Debezium: only a signed-in editor
 * decides; a decision is stored with who made it, when, why and the label before, and its outbox row reaches
 * {@code verdicts.overrides}; bad requests are refused with a problem.
 */
@QuarkusTest
class OverrideResourceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(40);

    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;
    @Inject
    ResultTopics topics;

    private final String articleId = ResultTopics.newArticleId();
    private final String claimId = articleId + "-c0";

    @Test
    void anOverrideIsStoredWithWhoWhenWhyAndTheLabelBeforeAndAnnouncedOnTheOverridesTopic() throws Exception {
        publishVerdict();
        topics.awaitVerdictIndexed(claimId);
        String editor = Editors.signIn("jdoe");

        String overrideId = given().cookie(Editors.SESSION_COOKIE, editor).contentType("application/json")
                .body(Map.of("label", "DISPUTED", "note", "Two ministries give different dates.",
                        "editor", "someone else"))
                .put("/claims/" + claimId + "/override")
                .then().statusCode(202).extract().path("overrideId");

        JsonNode announced = awaitOverride(overrideId);
        assertNotNull(announced, "the outbox row never reached " + Topic.VERDICT_OVERRIDES.topicName());
        assertEquals(claimId, announced.get("claimId").asText());
        assertEquals(articleId, announced.get("articleId").asText());
        assertEquals("DISPUTED", announced.get("label").asText());
        assertEquals("jdoe", announced.get("editor").asText(), "who signed in, whatever the request says");
        assertEquals("SINGLE_SOURCE", announced.get("labelBefore").asText());

        given().cookie(Editors.SESSION_COOKIE, editor).contentType("application/json")
                .body(Map.of("note", "Both dates checked.")).delete("/claims/" + claimId + "/override")
                .then().statusCode(202);
        given().get("/claims/" + claimId + "/override").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].label", equalTo(null)).body("[0].editor", equalTo("jdoe"))
                .body("[0].note", equalTo("Both dates checked."))
                .body("[1].label", equalTo("DISPUTED")).body("[1].labelBefore", equalTo("SINGLE_SOURCE"))
                .body("[1].requestedAt", notNullValue());
    }

    @Test
    void withoutSignInAnOverrideIsUnauthorizedAndWithoutTheEditorRoleForbidden() throws Exception {
        publishVerdict();
        topics.awaitVerdictIndexed(claimId);
        Map<String, String> body = Map.of("label", "DISPUTED", "note", "Two ministries give different dates.");

        given().contentType("application/json").body(body).put("/claims/" + claimId + "/override")
                .then().statusCode(401);
        given().contentType("application/json").body(body).delete("/claims/" + claimId + "/override")
                .then().statusCode(401);
        given().cookie(Editors.SESSION_COOKIE, Editors.signIn("reader")).contentType("application/json").body(body)
                .put("/claims/" + claimId + "/override").then().statusCode(403);
        given().get("/claims/" + claimId + "/override").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anUnknownLabelOrAMissingNoteIsABadRequest() {
        given().cookie(Editors.SESSION_COOKIE, Editors.signIn("jdoe")).contentType("application/json")
                .body(Map.of("label", "TRUE", "note", "")).put("/claims/" + claimId + "/override")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("label must be one of"))
                .body("detail", containsString("note must say why"));
    }

    @Test
    void aClaimWithoutVerdictCannotBeOverridden() {
        given().cookie(Editors.SESSION_COOKIE, Editors.signIn("jdoe")).contentType("application/json")
                .body(Map.of("label", "CORROBORATED", "note", "Seen it.")).put("/claims/" + claimId + "/override")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("claim " + claimId + " has no verdict yet"));
    }

    private void publishVerdict() throws Exception {
        Verdict verdict = new Verdict(Verdict.SCHEMA_VERSION, claimId, articleId,
                "The Westport bridge reopened on Monday.", VerdictLabel.SINGLE_SOURCE, "Supported by b.example.", 1,
                null, false, Instant.now(), List.of(), VerdictLabel.SINGLE_SOURCE, null, null);
        topics.send(Topic.VERDICTS, articleId, verdict);
    }


    private JsonNode awaitOverride(String overrideId) throws Exception {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "override-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topic.VERDICT_OVERRIDES.topicName()));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    JsonNode value = json.readTree(record.value());
                    if (overrideId.equals(value.path("overrideId").asText())) {
                        assertEquals(articleId, record.key(), "keyed by article id");
                        return value;
                    }
                }
            }
        }
        return null;
    }
}
