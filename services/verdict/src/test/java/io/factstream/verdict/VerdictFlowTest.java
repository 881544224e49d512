package io.factstream.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;
import io.factstream.contracts.Topic;
import io.factstream.contracts.VerdictLabel;
import io.factstream.contracts.VerdictOverride;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence rounds and editors' overrides through the running service, the real Kafka and PostgreSQL: one
 * test per label, then how a claim's verdict is revised as coverage arrives, time passes and an editor steps in.
 */
@QuarkusTest
class VerdictFlowTest {
    private static final String CLAIM = "The Westport bridge reopened to traffic on Monday after eight months of "
            + "repairs.";
    private static final Instant LAST_WEEK = Instant.now().minus(Duration.ofDays(7));

    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;
    @ConfigProperty(name = "factstream.verdict.pending-window")
    Duration pendingWindow;
    @TestHTTPResource("/q/metrics")
    URL metricsUrl;

    private PipelineTopics topics;
    /** Each test its own article, so runs on a kept stack never see each other's claims. */
    private String articleId;
    private String claimId;

    @BeforeEach
    void newClaim() {
        topics = new PipelineTopics(kafka, json);
        articleId = "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        claimId = articleId + "-c0";
    }

    private static Evidence outlet(String outlet, Stance stance, String snippet) {
        return new Evidence(EvidenceKind.CROSS_REFERENCE, stance, "https://" + outlet + "/2026/11/westport-bridge",
                outlet, "a-origin-" + outlet, snippet, 0.82, Instant.parse("2026-11-17T09:30:00Z"),
                StanceBasis.RULE, null);
    }

    private static Evidence reference(Stance stance) {
        return new Evidence(EvidenceKind.REFERENCE, stance, "https://reference.example/wiki/Westport_Bridge",
                "Westport Bridge", null, "The Westport Bridge reopened to road traffic on 16 November 2026 after "
                        + "repairs that began in March.", 0.77, Instant.parse("2026-11-16T00:00:00Z"), StanceBasis.RULE,
                null);
    }

    private static final Evidence COURIER_SUPPORTS = outlet("coastline-courier.example", Stance.SUPPORTS,
            "Traffic crossed the Westport bridge again on Monday, ending eight months of repair work.");
    private static final Evidence GAZETTE_SUPPORTS = outlet("ridge-gazette.example", Stance.SUPPORTS,
            "Drivers were back on the Westport bridge on Monday as the repairs ended.");
    private static final Evidence GAZETTE_REFUTES = outlet("ridge-gazette.example", Stance.REFUTES,
            "The Westport bridge reopened to traffic on Friday, three days earlier than planned.");
    private static final Evidence TRIBUNE_NEUTRAL = outlet("valley-tribune.example", Stance.NEUTRAL,
            "The Westport bridge was built in 1962.");

    private void evidenceRound(int round, Instant publishedAt, Evidence... evidence) throws Exception {
        topics.send(Topic.CLAIMS_EVIDENCE, articleId, new ClaimEvidence(ClaimEvidence.SCHEMA_VERSION, claimId,
                articleId, CLAIM, "harbor-daily.example", publishedAt, round, Instant.now(), List.of(evidence),
                "en"));
    }

    private void override(VerdictLabel label, String note) throws Exception {
        topics.send(Topic.VERDICT_OVERRIDES, articleId, new VerdictOverride(VerdictOverride.SCHEMA_VERSION,
                UUID.randomUUID().toString(), claimId, articleId, label, note, "desk@harbor-daily.example",
                Instant.now(), null));
    }

    private JsonNode firstVerdict(Instant publishedAt, Evidence... evidence) throws Exception {
        evidenceRound(1, publishedAt, evidence);
        List<JsonNode> revisions = topics.revisions(claimId, 1);
        assertFalse(revisions.isEmpty(), "no verdict for " + claimId);
        JsonNode verdict = revisions.getFirst();
        assertEquals(1, verdict.get("revision").asInt());
        assertTrue(verdict.get("previousLabel").isNull());
        assertEquals(evidence.length, verdict.get("evidence").size());
        return verdict;
    }

    private static String label(JsonNode verdict) {
        return verdict.get("label").asText();
    }

    @Test
    void referenceSupportIsVerifiedByReference() throws Exception {
        JsonNode verdict = firstVerdict(Instant.now(), reference(Stance.SUPPORTS), TRIBUNE_NEUTRAL);
        assertEquals("VERIFIED_BY_REFERENCE", label(verdict));
        assertTrue(verdict.get("explanation").asText().contains("Supported by reference \"Westport Bridge\" "
                + "(2026-11-16)."), verdict.get("explanation").asText());
    }

    @Test
    void twoOutletsSupportingIsCorroborated() throws Exception {
        JsonNode verdict = firstVerdict(Instant.now(), COURIER_SUPPORTS, GAZETTE_SUPPORTS);
        assertEquals("CORROBORATED", label(verdict));
        assertTrue(verdict.get("explanation").asText().contains(
                "Supported by coastline-courier.example (2026-11-17); ridge-gazette.example (2026-11-17)."));
    }

    @Test
    void oneOutletSupportingIsASingleSource() throws Exception {
        assertEquals("SINGLE_SOURCE", label(firstVerdict(Instant.now(), COURIER_SUPPORTS, TRIBUNE_NEUTRAL)));
    }

    @Test
    void metricsCountEachRecordJudgedWithItsTimeAndShowTheConsumersLag() throws Exception {
        firstVerdict(Instant.now(), COURIER_SUPPORTS, TRIBUNE_NEUTRAL);
        String metrics;
        try (InputStream body = metricsUrl.openStream()) {
            metrics = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(Pattern.compile("factstream_records_seconds_count\\{[^}]*stage=\"verdict.judge\"[^}]*} [1-9]")
                .matcher(metrics).find(), "records judged, per stage");
        assertTrue(Pattern.compile("factstream_records_seconds_sum\\{[^}]*stage=\"verdict.judge\"").matcher(metrics)
                .find(), "time they took");
        assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag"), "consumer lag");
    }

    @Test
    void aRefutationWithoutSupportContradicts() throws Exception {
        JsonNode verdict = firstVerdict(Instant.now(), GAZETTE_REFUTES);
        assertEquals("CONTRADICTED", label(verdict));
        assertEquals("Refuted by ridge-gazette.example (2026-11-17). No source supports it.",
                verdict.get("explanation").asText());
    }

    @Test
    void supportAndRefutationTogetherAreDisputed() throws Exception {
        assertEquals("DISPUTED", label(firstVerdict(Instant.now(), COURIER_SUPPORTS, GAZETTE_REFUTES)));
    }

    @Test
    void onlyNeutralCoverageOfAnOlderClaimIsInsufficientEvidence() throws Exception {
        assertEquals("INSUFFICIENT_EVIDENCE", label(firstVerdict(LAST_WEEK, TRIBUNE_NEUTRAL)));
    }

    @Test
    void aRecentClaimWithoutEvidenceIsPending() throws Exception {
        assertEquals("PENDING", label(firstVerdict(Instant.now())));
    }

    @Test
    void aPendingClaimIsRevisedAsCoverageArrivesAndOnlyWhenSomethingChanged() throws Exception {
        Instant published = Instant.now();
        evidenceRound(1, published);
        evidenceRound(2, published, COURIER_SUPPORTS);
        evidenceRound(3, published, COURIER_SUPPORTS, GAZETTE_SUPPORTS);
        evidenceRound(2, published, COURIER_SUPPORTS);
        evidenceRound(4, published, COURIER_SUPPORTS, GAZETTE_SUPPORTS);
        evidenceRound(5, published, COURIER_SUPPORTS, GAZETTE_REFUTES);
        // Same partition, so any revision from the repeated or unchanged rounds would come before this one.
        evidenceRound(6, published, COURIER_SUPPORTS, GAZETTE_REFUTES, TRIBUNE_NEUTRAL);

        List<JsonNode> revisions = topics.revisions(claimId, 5);
        assertEquals(List.of("PENDING", "SINGLE_SOURCE", "CORROBORATED", "DISPUTED", "DISPUTED"),
                revisions.stream().map(VerdictFlowTest::label).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), revisions.stream().map(v -> v.get("revision").asInt()).toList());
        assertEquals("CORROBORATED", revisions.get(3).get("previousLabel").asText());
        assertEquals(3, revisions.get(4).get("evidence").size(), "new evidence alone is a revision");
    }

    @Test
    void aPendingClaimBecomesInsufficientEvidenceWhenItsWindowEnds() throws Exception {
        firstVerdict(Instant.now().minus(pendingWindow).plusSeconds(3));
        List<JsonNode> revisions = topics.revisions(claimId, 2);
        assertEquals(2, revisions.size(), "the pending window ended without a revision");
        assertEquals("INSUFFICIENT_EVIDENCE", label(revisions.get(1)));
        assertEquals("PENDING", revisions.get(1).get("previousLabel").asText());
    }

    @Test
    void anEditorsOverrideSurvivesALaterRecheckUntilWithdrawn() throws Exception {
        firstVerdict(Instant.now(), COURIER_SUPPORTS);
        override(VerdictLabel.CONTRADICTED, "The operator's statement says the bridge opened on Friday.");
        assertEquals(2, topics.revisions(claimId, 2).size(), "the override is a revision");
        evidenceRound(2, Instant.now(), COURIER_SUPPORTS, GAZETTE_SUPPORTS);
        assertEquals(3, topics.revisions(claimId, 3).size(), "the re-check is a revision");
        override(null, "Withdrawn.");

        List<JsonNode> revisions = topics.revisions(claimId, 4);
        assertEquals(4, revisions.size());
        JsonNode editorial = revisions.get(1);
        assertEquals("CONTRADICTED", label(editorial));
        assertTrue(editorial.get("editorial").asBoolean());
        assertEquals("SINGLE_SOURCE", editorial.get("automaticLabel").asText());
        assertEquals("desk@harbor-daily.example", editorial.get("editor").asText());
        JsonNode rechecked = revisions.get(2);
        assertEquals("CONTRADICTED", label(rechecked), "the re-check kept the editor's label");
        assertTrue(rechecked.get("editorial").asBoolean());
        assertEquals("CORROBORATED", rechecked.get("automaticLabel").asText());
        assertEquals(2, rechecked.get("evidence").size());
        assertEquals("CORROBORATED", label(revisions.get(3)));
        assertFalse(revisions.get(3).get("editorial").asBoolean());
    }

    @Test
    void anOverrideOfAClaimWithoutVerdictIsDeadLetteredWithItsReason() throws Exception {
        override(VerdictLabel.DISPUTED, "No verdict exists for this claim.");
        String reason = topics.deadLetterReason(record -> claimId.equals(record.path("claimId").asText()));
        assertEquals("claim " + claimId + " has no verdict yet to override", reason);
    }
}
