package io.factstream.query.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.ResultTopics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claim search on the real Elasticsearch, with claims and verdicts indexed from the real topics. */
@QuarkusTest
class ClaimSearchTest {
    @Inject
    ResultTopics topics;

    private final String marker = ResultTopics.newMarker();

    @Test
    void findsClaimsByStemmedWordsAndFiltersOnLabelOutletTopicAndDate() throws Exception {
        String bridge = topics.claim("harbor-daily.example", "The " + marker + " bridges were reopening on Monday.",
                "economy, business and finance", Instant.parse("2026-11-16T08:00:00Z"));
        String ferry = topics.claim("ridge-gazette.example", "The " + marker + " ferry added twelve crossings.",
                "politics", Instant.parse("2026-11-20T08:00:00Z"));
        topics.verdict(bridge, 2, VerdictLabel.CORROBORATED);
        topics.verdict(bridge, 1, VerdictLabel.PENDING);
        topics.verdict(ferry, 1, VerdictLabel.CONTRADICTED);
        topics.awaitSearchable(marker, 2);
        assertEquals(List.of(), topics.deadLettered(bridge), "a revision older than the indexed one is no error");

        given().queryParam("q", marker + " bridge reopened").get("/claims").then().statusCode(200)
                .body("total", equalTo(1)).body("claims[0].claimId", equalTo(bridge))
                .body("claims[0].label", equalTo("CORROBORATED"), "claims[0].verdictRevision", equalTo(2));
        given().queryParam("q", marker).queryParam("label", "contradicted").get("/claims").then()
                .body("total", equalTo(1)).body("claims[0].claimId", equalTo(ferry));
        given().queryParam("q", marker).queryParam("outlet", "harbor-daily.example").get("/claims").then()
                .body("claims.claimId", hasItem(bridge)).body("total", equalTo(1));
        given().queryParam("q", marker).queryParam("topic", "politics").get("/claims").then()
                .body("total", equalTo(1)).body("claims[0].claimId", equalTo(ferry));
        given().queryParam("q", marker).queryParam("from", "2026-11-18").queryParam("to", "2026-11-21")
                .get("/claims").then().body("total", equalTo(1)).body("claims[0].claimId", equalTo(ferry));
        given().queryParam("q", marker).queryParam("sort", "date").queryParam("size", 1).queryParam("page", 1)
                .get("/claims").then().body("total", equalTo(2)).body("page", equalTo(1))
                .body("claims[0].claimId", equalTo(bridge));
    }

    @Test
    void claimsWhoseLabelAnEditorSetAreFoundApart() throws Exception {
        String overridden = topics.claim("harbor-daily.example", "The " + marker + " pier closed on Friday.",
                "politics", Instant.now());
        String automatic = topics.claim("harbor-daily.example", "The " + marker + " pier reopened on Sunday.",
                "politics", Instant.now());
        Verdict plain = ResultTopics.verdictOn(overridden, 2, VerdictLabel.DISPUTED);
        topics.verdicts(List.of(new Verdict(plain.schemaVersion(), overridden, plain.articleId(), plain.claimText(),
                        VerdictLabel.DISPUTED, "Set to Disputed by editor jdoe.", 2, VerdictLabel.SINGLE_SOURCE, true,
                        Instant.now(), List.of(), VerdictLabel.SINGLE_SOURCE, "jdoe", "Another date."),
                ResultTopics.verdictOn(automatic, 1, VerdictLabel.SINGLE_SOURCE)));
        topics.awaitSearchable(marker, 2);

        given().queryParam("q", marker).queryParam("editorial", "true").get("/claims").then().statusCode(200)
                .body("claims.claimId", contains(overridden)).body("claims[0].editorial", equalTo(true));
        given().queryParam("q", marker).queryParam("editorial", "false").get("/claims").then()
                .body("claims.claimId", contains(automatic));
        given().queryParam("editorial", "maybe").get("/claims").then().statusCode(400)
                .body("detail", containsString("editorial must be true or false"));
    }

    @Test
    void badParametersAreAProblem() {
        given().queryParam("label", "TRUE").queryParam("from", "last week").queryParam("size", 500)
                .get("/claims").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("label must be one of"))
                .body("detail", containsString("from must be an ISO-8601 day or instant"))
                .body("detail", containsString("size must be 1 to 100"));
    }
}
