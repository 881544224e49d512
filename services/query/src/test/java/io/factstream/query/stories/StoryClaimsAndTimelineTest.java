package io.factstream.query.stories;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.factstream.contracts.Topic;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.ResultTopics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** A story's claims and timeline on the real Elasticsearch, indexed from the real topics. */
@QuarkusTest
class StoryClaimsAndTimelineTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** In the past, as every test's times: a future time would stay "the latest" for the tests after this one. */
    private static final Instant PUBLISHED = Instant.now().minus(Duration.ofHours(1));

    @Inject
    ResultTopics topics;

    private final String marker = ResultTopics.newMarker();
    private final String storyId = "s" + marker;
    private final String inStory = ResultTopics.newArticleId();
    private final String elsewhere = ResultTopics.newArticleId();

    @Test
    void aStoryListsTheClaimsOfItsArticlesAndWhatChangedTheirLabels() throws Exception {
        List<String> claims = topics.claims(inStory, "harbor-daily.example",
                Map.of(0, "The " + marker + " bridge reopened on Monday.", 50, "It cost " + marker + " 4 million."),
                "politics", PUBLISHED);
        String other = topics.claims(elsewhere, "coastline-courier.example",
                Map.of(0, "The " + marker + " bridge stays shut."), "politics", PUBLISHED).getFirst();
        story(storyId, null, inStory);
        story(storyId + "-merged", storyId);
        String first = claims.getFirst();
        topics.verdicts(List.of(verdict(first, 1, null, VerdictLabel.PENDING),
                verdict(first, 2, VerdictLabel.PENDING, VerdictLabel.INSUFFICIENT_EVIDENCE),
                verdict(first, 3, VerdictLabel.INSUFFICIENT_EVIDENCE, VerdictLabel.CONTRADICTED),
                verdict(claims.get(1), 1, null, VerdictLabel.PENDING),
                verdict(other, 1, null, VerdictLabel.CORROBORATED)));
        topics.awaitSearchable(marker, 3);
        // Both stories indexed, and the claim's label: the merged story's claims are the story's.
        await("the claim labelled Contradicted", () -> {
            var answer = given().queryParam("story", storyId + "-merged").queryParam("label", "CONTRADICTED")
                    .get("/claims");
            return answer.statusCode() == 200 && answer.jsonPath().getList("claims").size() == 1;
        });

        given().queryParam("story", storyId).queryParam("size", 100).get("/claims").then().statusCode(200)
                .body("claims.claimId", containsInAnyOrder(claims.toArray()));
        given().queryParam("story", storyId + "-merged").queryParam("label", "CONTRADICTED").get("/claims").then()
                .body("claims.claimId", contains(first));
        given().queryParam("story", "s-unknown-" + marker).get("/claims").then().statusCode(404)
                .contentType("application/problem+json");

        await("two timeline entries", () -> given().get("/stories/" + storyId + "/timeline").jsonPath()
                .getList("entries").size() >= 2);
        given().get("/stories/" + storyId + "/timeline").then().statusCode(200)
                .body("entries.kind", contains("LABEL_CHANGED", "ARTICLE_PUBLISHED"))
                .body("entries[0].claimId", equalTo(first))
                .body("entries[0].label", equalTo("CONTRADICTED"))
                .body("entries[0].previousLabel", equalTo("INSUFFICIENT_EVIDENCE"))
                .body("entries[0].outlet", equalTo("harbor-daily.example"))
                .body("entries[1].articleId", equalTo(inStory));
        given().redirects().follow(false).get("/stories/" + storyId + "-merged/timeline").then().statusCode(308)
                .header("Location", endsWith("/stories/" + storyId + "/timeline"));
        given().get("/stories/s-unknown-" + marker + "/timeline").then().statusCode(404);
    }

    private static Verdict verdict(String claimId, int revision, VerdictLabel previous, VerdictLabel label) {
        Verdict plain = ResultTopics.verdictOn(claimId, revision, label);
        return new Verdict(plain.schemaVersion(), claimId, plain.articleId(), plain.claimText(), label,
                plain.explanation(), revision, previous, false, PUBLISHED.plusSeconds(revision), List.of(), label,
                null, null);
    }

    private void story(String id, String mergedInto, String... articleIds) throws Exception {
        Map<String, Object> story = new HashMap<>(Map.of("schemaVersion", 5, "storyId", id, "title",
                "Bridge " + marker, "updatedAt", PUBLISHED.toString(), "articles", List.of(articleIds).stream()
                        .map(articleId -> Map.of("articleId", articleId, "url", "https://harbor-daily.example/" + articleId,
                                "title", "Bridge " + marker, "outlet", "harbor-daily.example", "bias", "CENTER",
                                "originId", articleId, "publishedAt", PUBLISHED.toString())).toList()));
        story.put("mergedInto", mergedInto);
        topics.send(Topic.STORIES, id, story);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + " never came");
    }
}
