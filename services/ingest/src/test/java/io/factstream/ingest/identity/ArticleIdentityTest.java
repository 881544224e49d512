package io.factstream.ingest.identity;

import static io.factstream.ingest.IngestApi.asNewsroom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.factstream.ingest.IngestedArticles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Revisions and reprint origins, through the API, the real PostgreSQL registry and Kafka. */
@QuarkusTest
class ArticleIdentityTest {
    private static final String BODY = MinHashTest.WIRE_STORY;

    /** Sixty words drawn at random, so earlier runs' articles on the same stack are not near-duplicates. */
    private static String storyNoOtherTestHasSent() {
        String[] vocabulary = BODY.replaceAll("[^A-Za-z ]", "").split(" +");
        java.util.Random random = new java.util.Random();
        StringBuilder story = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            story.append(vocabulary[random.nextInt(vocabulary.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        return story.toString().strip();
    }

    private static String post(String url, String outlet, String body) {
        return asNewsroom().contentType("application/json")
                .body(Map.of("url", url, "outlet", outlet, "title", "Museum wing reopens", "body", body))
                .post("/articles").then().statusCode(202).extract().path("id");
    }

    @Test
    void sameUrlIsOneArticleWithARevisionPerChangedVersion() throws Exception {
        String url = "https://lindholm-post.example/revisions-" + UUID.randomUUID();
        String story = storyNoOtherTestHasSent();
        String id = post(url, "lindholm-post.example", story);
        assertEquals(id, post(url, "lindholm-post.example", story), "same URL, same article");
        assertEquals(id, post(url, "lindholm-post.example", story + " Updated with the mayor's remarks."));

        JsonNode second = IngestedArticles.await(id, record -> record.get("revision").asInt() == 2);
        assertEquals(id, second.get("originId").asText());
    }

    @Test
    void unchangedResubmissionKeepsItsRevision() throws Exception {
        String url = "https://lindholm-post.example/resubmitted-" + UUID.randomUUID();
        String id = post(url, "lindholm-post.example", MinHashTest.OTHER_STORY + " " + UUID.randomUUID());
        IngestedArticles.await(id, record -> record.get("revision").asInt() == 1);
        asNewsroom().contentType("application/json")
                .body(Map.of("url", url, "outlet", "lindholm-post.example", "title", "Museum wing reopens",
                        "body", MinHashTest.OTHER_STORY))
                .post("/articles").then().statusCode(202);
        JsonNode changed = IngestedArticles.await(id, record -> record.get("revision").asInt() == 2);
        assertEquals(MinHashTest.OTHER_STORY, changed.get("body").asText());
    }

    @Test
    void reprintAtAnotherUrlIsLinkedToItsOrigin() throws Exception {
        String story = storyNoOtherTestHasSent();
        String originalId = post("https://wire.example/" + UUID.randomUUID(), "wire.example", story);
        String reprintId = post("https://coastline-courier.example/" + UUID.randomUUID(), "coastline-courier.example",
                "LINDHOLM (Wire) - " + story + " More to follow.");
        assertNotEquals(originalId, reprintId);
        // Cleaned in parallel, either may be registered first and become the origin of both.
        String origin = IngestedArticles.await(originalId, record -> true).get("originId").asText();
        assertEquals(origin, IngestedArticles.await(reprintId, record -> true).get("originId").asText());
        assertTrue(origin.equals(originalId) || origin.equals(reprintId), origin);
    }
}
