package io.factstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A claim's verdict through the whole pipeline as its story develops: Pending while no other outlet has
 * reported, revised as two outlets' articles arrive, then overridden by an editor through the query API
 * (PostgreSQL outbox, Debezium) and kept through a later automatic re-check.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerdictRevisionEndToEndTest extends WholePipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A town of its own per run, so a kept stack's earlier articles are never evidence here. */
    private static String town;
    /** The claim both tests follow, found by the first. */
    private static String claimId;

    @BeforeAll
    static void pickTown() throws Exception {
        town = api.uniqueNameKeepingClaim("telescope dome", VerdictRevisionEndToEndTest::firstArticle);
    }

    private static String claimIn(String place) {
        return "The " + place + " observatory opened its new 12-metre telescope dome to visitors on Thursday after a "
                + "two-year expansion.";
    }

    private static String firstArticle(String place) {
        return article(place, "harbor-daily.example", "science/observatory", place + " observatory opens new dome",
                claimIn(place) + "\n\nThe regional science council paid 2.3 million euros for the dome and a "
                        + "60-centimetre mirror.\n\nAstronomers plan public viewing nights every Friday from December.");
    }

    private static String article(String place, String outlet, String path, String title, String body) {
        try {
            return JSON.writeValueAsString(Map.of("url", "https://" + outlet + "/" + path + "-" + place,
                    "outlet", outlet, "title", title, "body", body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String post(String outlet, String path, String title, String body) throws Exception {
        return api.post(article(town, outlet, path, title, body));
    }

    private static List<String> labels(List<JsonNode> revisions) {
        return revisions.stream().map(revision -> revision.get("label").asText()).toList();
    }

    /** The labels of the revisions that changed the label, in order. */
    private static List<String> labelChanges(List<JsonNode> revisions) {
        List<String> changes = new ArrayList<>();
        for (String label : labels(revisions)) {
            if (changes.isEmpty() || !changes.getLast().equals(label)) {
                changes.add(label);
            }
        }
        return changes;
    }

    @Test
    @Order(1)
    void aPendingClaimIsCorroboratedAfterTwoOtherOutletsReportIt() throws Exception {
        String firstId = api.post(firstArticle(town));
        JsonNode pending = PipelineApi.findClaim(api.awaitReport(firstId,
                report -> report.path("claims").toString().contains("telescope dome")
                        && PipelineApi.findClaim(report, "telescope dome").path("verdict").path("revision").asInt() >= 1),
                "telescope dome");
        claimId = pending.get("id").asText();
        assertEquals("PENDING", pending.get("verdict").get("label").asText());

        post("coastline-courier.example", "2026/observatory-dome", "New dome for " + town + " stargazers",
                "After a two-year expansion, the " + town + " observatory opened its new 12-metre telescope dome to "
                        + "visitors on Thursday.\n\nLocal schools have booked 40 visits for the winter term.\n\n"
                        + "The old dome will house a small museum of instruments.");
        List<JsonNode> afterOne = api.verdictRevisions(claimId, found -> labels(found).contains("SINGLE_SOURCE"));
        assertEquals(List.of("PENDING", "SINGLE_SOURCE"), labelChanges(afterOne));

        post("ridge-gazette.example", "region/observatory", town + " observatory welcomes first visitors",
                "On Thursday the " + town + " observatory opened its new 12-metre telescope dome to visitors, after "
                        + "a two-year expansion.\n\nThe director, Mara Ilves, said the queue reached the car park.\n\n"
                        + "Tickets for the first viewing nights sold out within a day.");
        List<JsonNode> revisions = api.verdictRevisions(claimId, found -> labels(found).contains("CORROBORATED"));
        assertEquals(List.of("PENDING", "SINGLE_SOURCE", "CORROBORATED"), labelChanges(revisions));
        JsonNode corroborated = revisions.getLast();
        assertEquals("SINGLE_SOURCE", corroborated.get("previousLabel").asText());
        assertEquals(revisions.size(), corroborated.get("revision").asInt(), "revisions are numbered 1, 2, ...");
        String explanation = corroborated.get("explanation").asText();
        assertTrue(explanation.contains("coastline-courier.example") && explanation.contains("ridge-gazette.example"),
                explanation);
    }

    @Test
    @Order(2)
    void anEditorsOverrideSurvivesALaterAutomaticRecheck() throws Exception {
        api.signInAsEditor();
        HttpResponse<String> override = api.send("query", "PUT", "/claims/" + claimId + "/override",
                JSON.writeValueAsString(Map.of("label", "DISPUTED",
                        "note", "The science council says the dome opens to the public only in January.")));
        assertEquals(202, override.statusCode(), override.body());
        List<JsonNode> overridden = api.verdictRevisions(claimId,
                found -> found.stream().anyMatch(revision -> revision.get("editorial").asBoolean()));
        JsonNode editorial = overridden.getLast();
        assertEquals("DISPUTED", editorial.get("label").asText());
        assertEquals("CORROBORATED", editorial.get("automaticLabel").asText());

        String laterUrl = "https://valley-tribune.example/news/observatory-" + town;
        api.post(JSON.writeValueAsString(Map.of("url", laterUrl, "outlet", "valley-tribune.example",
                "title", "Dome opens in " + town, "body", "The " + town + " observatory opened its new 12-metre "
                        + "telescope dome to visitors on Thursday following a two-year expansion, its director "
                        + "confirmed.\n\nA cafe for visitors is planned for the spring.")));
        List<JsonNode> rechecked = api.verdictRevisions(claimId,
                found -> !found.isEmpty() && found.getLast().get("evidence").toString().contains(laterUrl));
        JsonNode newest = rechecked.getLast();
        assertTrue(newest.get("evidence").toString().contains(laterUrl), "the re-check found the later article");
        assertEquals("DISPUTED", newest.get("label").asText(), "the automatic re-check kept the editor's label");
        assertTrue(newest.get("editorial").asBoolean());
        assertEquals("CORROBORATED", newest.get("automaticLabel").asText());

        String articleId = claimId.substring(0, claimId.lastIndexOf("-c"));
        JsonNode report = api.awaitReport(articleId, r -> PipelineApi.findClaim(r, "telescope dome").path("verdict")
                .path("revision").asInt() == newest.get("revision").asInt());
        JsonNode verdict = PipelineApi.findClaim(report, "telescope dome").get("verdict");
        assertEquals("DISPUTED", verdict.get("label").asText());
        assertTrue(verdict.get("editorial").asBoolean());
        assertTrue(verdict.get("explanation").asText().startsWith("Set to Disputed by editor morgan, "),
                "who set it, from the sign-in: " + verdict.get("explanation").asText());

        HttpResponse<String> claimReview = api.send("query", "GET", "/claims/" + claimId + "/claimreview", null);
        assertEquals(200, claimReview.statusCode(), claimReview.body());
        assertEquals("application/ld+json", claimReview.headers().firstValue("Content-Type").orElse(""));
        JsonNode markup = JSON.readTree(claimReview.body());
        assertEquals(claimIn(town), markup.get("claimReviewed").asText());
        assertEquals("Disputed", markup.get("reviewRating").get("alternateName").asText());
    }
}
