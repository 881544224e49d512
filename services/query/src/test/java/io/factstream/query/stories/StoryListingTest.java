package io.factstream.query.stories;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.factstream.contracts.Topic;
import io.factstream.query.ResultTopics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The latest stories on the real Elasticsearch, indexed from the real stories topic. */
@QuarkusTest
class StoryListingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    @Inject
    ResultTopics topics;

    private final String marker = ResultTopics.newMarker();

    private void story(String storyId, Instant updatedAt, String gap, String mergedInto) throws Exception {
        Map<String, Object> coverage = new HashMap<>(Map.of("left", 100, "center", 0, "right", 0, "unrated", 0,
                "sourcesCompared", 3, "ratedSources", 3, "tooEarlyToTell", false));
        coverage.put("gap", gap);
        Map<String, Object> story = new HashMap<>(Map.of("schemaVersion", 5, "storyId", storyId, "title",
                "Story " + marker, "articles", List.of(), "coverage", coverage, "updatedAt", updatedAt.toString()));
        story.put("mergedInto", mergedInto);
        topics.send(Topic.STORIES, storyId, story);
    }

    @Test
    void latestStoriesNewestFirstWithoutMergedOnesAndWithGapsAlone() throws Exception {
        Instant now = Instant.now();
        story(marker + "-old", now.minus(Duration.ofDays(3)), null, null);
        story(marker + "-gap", now.minusSeconds(60), "no Right coverage", null);
        story(marker + "-fresh", now, null, null);
        story(marker + "-merged", now, null, marker + "-fresh");
        awaitListed(marker + "-fresh");

        String since = now.minus(Duration.ofDays(1)).toString();
        given().queryParam("since", since).queryParam("size", 100).get("/stories").then().statusCode(200)
                .body("stories.storyId", hasItem(marker + "-fresh"), "stories.storyId", hasItem(marker + "-gap"))
                .body("stories.storyId", not(hasItem(marker + "-old")))
                .body("stories.storyId", not(hasItem(marker + "-merged")));
        given().queryParam("since", since).queryParam("gap", "true").queryParam("size", 100).get("/stories").then()
                .body("stories.storyId", hasItem(marker + "-gap"))
                .body("stories.storyId", not(hasItem(marker + "-fresh")));
    }

    @Test
    void storiesAreFoundByTheWordsOfTheirArticlesTitles() throws Exception {
        String storyId = marker + "-titled";
        topics.send(Topic.STORIES, storyId, Map.of("schemaVersion", 5, "storyId", storyId, "title", "Story " + marker,
                "updatedAt", Instant.now().toString(), "articles", List.of(Map.of("articleId", "a" + marker,
                        "url", "https://harbor-daily.example/" + marker, "title", "Harbour bridge reopens " + marker,
                        "outlet", "harbor-daily.example", "bias", "CENTER", "originId", "a" + marker,
                        "publishedAt", Instant.now().toString()))));
        awaitListed(storyId);

        given().queryParam("q", "bridges reopened " + marker).get("/stories").then().statusCode(200)
                .body("stories.storyId", contains(storyId));
        given().queryParam("q", "tunnel " + marker).get("/stories").then().statusCode(200)
                .body("stories", empty());
    }

    @Test
    void badParametersAreAProblem() {
        given().queryParam("since", "yesterday").queryParam("gap", "maybe").queryParam("size", 0).get("/stories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("since must be an ISO-8601 day or instant"))
                .body("detail", containsString("gap must be true or false"))
                .body("detail", containsString("size must be 1 to 100"));
    }

    private void awaitListed(String storyId) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> listed = given().queryParam("size", 100).get("/stories").then().extract()
                    .jsonPath().getList("stories.storyId");
            if (listed.contains(storyId)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("story " + storyId + " was never listed");
    }
}
