package io.factstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final String TOWN = PipelineApi.uniqueName();
    private static final String CLAIM = "The " + TOWN + " observatory opened its new 12-metre telescope dome to "
            + "visitors on Thursday after a two-year expansion.";
    /** The claim both tests follow, found by the first. */
    private static String claimId;

    private static String article(String outlet, String path, String title, String body) throws Exception {
        return api.post(JSON.writeValueAsString(Map.of("url", "https://" + outlet + "/" + path + "-" + TOWN,
                "outlet", outlet, "title", title, "body", body)));
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
        String firstId = article("harbor-daily.example", "science/observatory", TOWN + " observatory opens new dome",
                CLAIM + "\n\nThe regional science council paid 2.3 million euros for the dome and a 60-centimetre "
                        + "mirror.\n\nAstronomers plan public viewing nights every Friday from December.");
        JsonNode pending = PipelineApi.findClaim(api.awaitReport(firstId,
                report -> report.path("claims").toString().contains("telescope dome")
                        && PipelineApi.findClaim(report, "telescope dome").path("verdict").path("revision").asInt() >= 1),
                "telescope dome");
        claimId = pending.get("id").asText();
        assertEquals("PENDING", pending.get("verdict").get("label").asText());

        article("coastline-courier.example", "2026/observatory-dome", "New dome for " + TOWN + " stargazers",
                "After a two-year expansion, the " + TOWN + " observatory opened its new 12-metre telescope dome to "
                        + "visitors on Thursday.\n\nLocal schools have booked 40 visits for the winter term.\n\n"
                        + "The old dome will house a small museum of instruments.");
        List<JsonNode> afterOne = api.verdictRevisions(claimId, found -> labels(found).contains("SINGLE_SOURCE"));
        assertEquals(List.of("PENDING", "SINGLE_SOURCE"), labelChanges(afterOne));

        article("ridge-gazette.example", "region/observatory", TOWN + " observatory welcomes first visitors",
                "On Thursday the " + TOWN + " observatory opened its new 12-metre telescope dome to visitors, after "
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
        HttpResponse<String> override = api.send("query", "PUT", "/claims/" + claimId + "/override",
                JSON.writeValueAsString(Map.of("label", "DISPUTED", "editor", "desk@harbor-daily.example",
                        "note", "The science council says the dome opens to the public only in January.")));
        assertEquals(202, override.statusCode(), override.body());
        List<JsonNode> overridden = api.verdictRevisions(claimId,
                found -> found.stream().anyMatch(revision -> revision.get("editorial").asBoolean()));
        JsonNode editorial = overridden.getLast();
        assertEquals("DISPUTED", editorial.get("label").asText());
        assertEquals("CORROBORATED", editorial.get("automaticLabel").asText());

        String laterUrl = "https://valley-tribune.example/news/observatory-" + TOWN;
        api.post(JSON.writeValueAsString(Map.of("url", laterUrl, "outlet", "valley-tribune.example",
                "title", "Dome opens in " + TOWN, "body", "The " + TOWN + " observatory opened its new 12-metre "
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
        assertTrue(verdict.get("explanation").asText().startsWith("Set by editor desk@harbor-daily.example"));

        HttpResponse<String> claimReview = api.send("query", "GET", "/claims/" + claimId + "/claimreview", null);
        assertEquals(200, claimReview.statusCode(), claimReview.body());
        assertEquals("application/ld+json", claimReview.headers().firstValue("Content-Type").orElse(""));
        JsonNode markup = JSON.readTree(claimReview.body());
        assertEquals(CLAIM, markup.get("claimReviewed").asText());
        assertEquals("Disputed", markup.get("reviewRating").get("alternateName").asText());
    }
}
