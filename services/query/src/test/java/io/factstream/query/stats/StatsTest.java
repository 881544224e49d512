package io.factstream.query.stats;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.contracts.VerdictLabel;
import io.factstream.query.ResultTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Label counts on the real Elasticsearch, from claims and verdicts indexed from the real topics. */
@QuarkusTest
class StatsTest {
    @Inject
    ResultTopics topics;

    private final String marker = ResultTopics.newMarker();

    @Test
    void countsTheLabelsOfTheLastDayAndWeekAndUnjudgedClaimsAsPending() throws Exception {
        JsonPath before = stats();
        Instant now = Instant.now();
        String today = topics.claim("harbor-daily.example", "Today " + marker + " one.", "politics", now);
        String todayPending = topics.claim("harbor-daily.example", "Today " + marker + " two.", "politics", now);
        String threeDaysAgo = topics.claim("harbor-daily.example", "Earlier " + marker + " three.", "politics",
                now.minus(Duration.ofDays(3)));
        String lastMonth = topics.claim("harbor-daily.example", "Older " + marker + " four.", "politics",
                now.minus(Duration.ofDays(30)));
        topics.verdict(today, 1, VerdictLabel.CONTRADICTED);
        topics.verdict(threeDaysAgo, 1, VerdictLabel.CONTRADICTED);
        topics.verdict(lastMonth, 1, VerdictLabel.CONTRADICTED);
        awaitFound(marker, null, 4);
        awaitFound(marker, VerdictLabel.CONTRADICTED, 3);

        JsonPath after = stats();
        assertEquals(1, count(after, "last24Hours", "CONTRADICTED") - count(before, "last24Hours", "CONTRADICTED"));
        assertEquals(1, count(after, "last24Hours", "PENDING") - count(before, "last24Hours", "PENDING"),
                "a claim with no verdict yet: " + todayPending);
        assertEquals(2, count(after, "last7Days", "CONTRADICTED") - count(before, "last7Days", "CONTRADICTED"));
    }

    private static JsonPath stats() {
        return given().get("/stats").then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath stats, String window, String label) {
        Number count = stats.get(window + "." + label);
        return count == null ? 0 : count.longValue();
    }

    /** Waits until search finds {@code count} claims with {@code word}, with {@code label} when it is not null. */
    private static void awaitFound(String word, VerdictLabel label, int count) throws InterruptedException {
        for (int attempt = 0; attempt < 150; attempt++) {
            var request = given().queryParam("q", word);
            if (label != null) {
                request.queryParam("label", label.name());
            }
            if (request.get("/claims").then().extract().jsonPath().getInt("total") == count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(count + " claims with " + word + " labelled " + label + " were never found");
    }
}
