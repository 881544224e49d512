package io.factstream.ingest.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.factstream.contracts.Ids;
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
        String id = given().contentType("application/json")
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
    void batchAnswersPerItem() {
        given().contentType("application/json")
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
        given().contentType("application/json").body("{\"url\": ")
                .post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void missingBodyIsAProblem() {
        given().contentType("application/json").body(Map.of("url", "https://harbor-daily.example/x"))
                .post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("body is required"));
    }

    @Test
    void bodyOverTheLimitIsAProblem() {
        given().contentType("application/json")
                .body(Map.of("url", "https://harbor-daily.example/long", "body", "word ".repeat(50_000)))
                .post("/articles")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void nonJsonRequestIsAProblem() {
        given().contentType("text/plain").body("hello")
                .post("/articles")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }
}
