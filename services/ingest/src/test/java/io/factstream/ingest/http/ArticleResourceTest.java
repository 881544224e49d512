package io.factstream.ingest.http;

import static io.factstream.ingest.IngestApi.asNewsroom;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.factstream.contracts.Ids;
import io.factstream.ingest.IngestApi;
import io.factstream.ingest.IngestedArticles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Against the real broker of the test stack. */
@QuarkusTest
class ArticleResourceTest {

    @Test
    void acceptedArticleIsOnTheIngestedTopic() throws Exception {
        String url = "https://harbor-daily.example/ferry-" + UUID.randomUUID();
        String id = asNewsroom().contentType("application/json")
                .body(Map.of("url", url + "?utm_source=newsletter", "title", "Ferry line resumes",
                        "body", "The ferry line resumed service on Monday after a two-week strike."))
                .post("/articles")
                .then().statusCode(202).extract().path("id");
        assertEquals(Ids.articleId(url), id);

        JsonNode article = IngestedArticles.await(id, record -> true);
        assertEquals(url, article.get("url").asText());
        assertEquals("harbor-daily.example", article.get("outlet").asText());
        assertEquals("http", article.get("source").asText());
    }

    @Test
    void ninjsItemBecomesAnArticle() throws Exception {
        String url = "https://coastline-courier.example/ninjs-" + UUID.randomUUID();
        String id = asNewsroom().contentType("application/ninjs+json")
                .body(Map.of("uri", "urn:newsml:coastline-courier.example:2026:ferry", "headline", "Ferry line resumes",
                        "body_html", "<p>The ferry line resumed service on Monday.</p><p>It sails twice a day.</p>",
                        "versioncreated", "2026-11-23T08:00:00Z", "located", "Westport",
                        "byline", "Mara Quist", "links", List.of(Map.of("href", url, "rel", "canonical"))))
                .post("/articles")
                .then().statusCode(202).extract().path("id");
        JsonNode article = IngestedArticles.await(id, record -> true);
        assertEquals(url, article.get("url").asText());
        assertEquals("The ferry line resumed service on Monday.\n\nIt sails twice a day.", article.get("body").asText());
        assertEquals("Mara Quist", article.get("byline").asText());
        assertEquals("Westport", article.get("located").asText());
        assertEquals("2026-11-23T08:00:00Z", article.get("publishedAt").asText());
    }

    @Test
    void ninjsItemWithoutAWebAddressIsAProblem() {
        asNewsroom().contentType("application/ninjs+json")
                .body(Map.of("uri", "urn:newsml:x", "headline", "H", "body_text", "Text."))
                .post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("http(s) uri"));
    }

    @Test
    void missingApiKeyIsUnauthorizedAndAWrongOneForbidden() {
        given().contentType("application/json").body(Map.of("url", "https://a.example/x", "body", "Text."))
                .post("/articles").then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", "not-a-key").contentType("application/json")
                .body(Map.of("url", "https://a.example/x", "body", "Text."))
                .post("/articles").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + IngestApi.TEST_KEY).contentType("application/json")
                .body(Map.of("url", "https://harbor-daily.example/bearer-" + UUID.randomUUID(), "body", "Text."))
                .post("/articles").then().statusCode(202);
    }

    @Test
    void batchAnswersPerItem() {
        asNewsroom().contentType("application/json")
                .body(List.of(Map.of("url", "https://harbor-daily.example/b-" + UUID.randomUUID(), "body", "Text."),
                        Map.of("title", "no url or body")))
                .post("/articles/batch")
                .then().statusCode(200)
                .body("[0].status", equalTo(202))
                .body("[0].id", startsWith("a"))
                .body("[1].status", equalTo(400))
                .body("[1].problem.detail", containsString("url is required"));
    }

    @Test
    void malformedJsonIsAProblem() {
        asNewsroom().contentType("application/json").body("{\"url\": ")
                .post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void missingBodyIsAProblem() {
        asNewsroom().contentType("application/json").body(Map.of("url", "https://harbor-daily.example/x"))
                .post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("body is required"));
    }

    @Test
    void bodyOverTheLimitIsAProblem() {
        asNewsroom().contentType("application/json")
                .body(Map.of("url", "https://harbor-daily.example/long", "body", "word ".repeat(50_000)))
                .post("/articles")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void nonJsonRequestIsAProblem() {
        asNewsroom().contentType("text/plain").body("hello")
                .post("/articles")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }
}
