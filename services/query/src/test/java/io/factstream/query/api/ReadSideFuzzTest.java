package io.factstream.query.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The read side under 1,000 generated hostile inputs ({@link HostileInputs}), each sent to one of the read requests
 * in turn: every answer is a normal result or a 4xx problem+json, never a 5xx, and the service stays ready.
 */
@QuarkusTest
class ReadSideFuzzTest {
    private static final int INPUTS = 1_000;
    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/verdicts/stream")
    URL stream;

    private static final List<Function<String, Response>> REQUESTS = List.of(
            value -> given().queryParam("q", value).get("/claims"),
            value -> given().queryParam("label", value).get("/claims"),
            value -> given().queryParam("outlet", value).queryParam("topic", value).get("/claims"),
            value -> given().queryParam("from", value).queryParam("to", value).get("/claims"),
            value -> given().queryParam("sort", value).queryParam("page", value).get("/claims"),
            value -> given().queryParam("size", value).queryParam("story", value).get("/claims"),
            value -> path("/stories/", value, ""),
            value -> path("/stories/", value, "/timeline"),
            value -> given().queryParam("q", value).queryParam("since", value).get("/stories"),
            value -> given().queryParam("gap", value).queryParam("page", value).queryParam("size", value)
                    .get("/stories"),
            value -> path("/articles/", value, "/report"),
            value -> path("/claims/", value, "/claimreview"),
            value -> path("/claims/", value, "/override"),
            value -> given().queryParam("recent", value).get("/stats"));

    @Test
    void everyHostileInputGetsAResultOrAProblemAndTheServiceStaysReady() throws Exception {
        List<String> inputs = new HostileInputs(20261206L).generate(INPUTS);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            int request = i % REQUESTS.size();
            Response answer = REQUESTS.get(request).apply(input);
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            boolean problem = answer.statusCode() >= 400 && answer.statusCode() < 500
                    && answer.contentType().startsWith(PROBLEM);
            if (!(answer.statusCode() < 300 || problem)) {
                failures.add("request " + request + " with " + printable(input) + ": " + answer.statusCode() + " "
                        + answer.contentType() + " " + answer.asString().substring(0, Math.min(200,
                        answer.asString().length())));
            }
        }
        Map<Integer, Integer> lastEventIds = lastEventIds(inputs);
        System.out.printf("read-side fuzz: %d inputs, answers by status %s; SSE Last-Event-ID: %s%n", INPUTS, statuses,
                lastEventIds);
        assertEquals(List.of(), failures);
        assertTrue(lastEventIds.keySet().stream().allMatch(status -> status == 200 || status == 400), "" + lastEventIds);
        // Beyond the request line the HTTP server accepts, it answers 414 itself, and nothing reaches the service.
        given().queryParam("q", "bridge ".repeat(2_000)).get("/claims").then().statusCode(414);
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** The live stream's reconnect header, for the inputs a header can carry (visible ASCII). */
    private Map<Integer, Integer> lastEventIds(List<String> inputs) throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String input : inputs.stream().filter(value -> !value.isEmpty() && value.length() < 500
                && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).limit(100).toList()) {
            HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(stream.toString()))
                    .header("Last-Event-ID", input).build(), HttpResponse.BodyHandlers.ofInputStream());
            answer.body().close();
            statuses.merge(answer.statusCode(), 1, Integer::sum);
        }
        return statuses;
    }

    /** A request to a path with the value as one segment, encoded here: RestAssured reads braces as templates. */
    private static Response path(String before, String value, String after) {
        String segment = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        return given().urlEncodingEnabled(false).get(before + segment + after);
    }

    private static String printable(String input) {
        String shown = input.length() > 60 ? input.substring(0, 60) + "…(" + input.length() + ")" : input;
        return "'" + shown.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", c)
                : String.valueOf((char) c)).reduce("", String::concat) + "'";
    }
}
