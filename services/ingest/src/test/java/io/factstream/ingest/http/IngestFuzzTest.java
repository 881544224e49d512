package io.factstream.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.ingest.IngestApi;
import io.factstream.ingest.IngestedArticles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Throws generated malformed and hostile payloads at the ingest API: every one must be answered with
 * a 4xx or accepted cleanly, the service must stay healthy, and every accepted article must be on
 * {@code articles.ingested} or, when cleaning left no text, on the dead-letter topic with the reason.
 */
@QuarkusTest
class IngestFuzzTest {
    private static final int PAYLOADS = 1_000;
    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String run = UUID.randomUUID().toString();

    @TestHTTPResource("/")
    URI base;

    private record Payload(String kind, String contentType, String path, byte[] body) {
    }

    @Test
    void hostilePayloadsAreRejectedOrAcceptedCleanly() throws Exception {
        List<Supplier<Payload>> generators = List.of(
                this::validArticle, this::truncatedJson, this::invalidUtf8, this::deeplyNested, this::oversizedBody,
                this::scriptTags, this::nullBytes, this::wrongTypes, this::missingFields, this::badUrls,
                this::notAnObject, this::unsupportedMediaType, this::unicodeOddities, this::mixedBatch);
        Set<String> accepted = new HashSet<>();
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < PAYLOADS; i++) {
            Payload payload = generators.get(i % generators.size()).get();
            HttpResponse<String> response = send(payload);
            int status = response.statusCode();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (status == 202) {
                accepted.add(JSON.readTree(response.body()).get("id").asText());
            } else if (status == 200 && payload.path().endsWith("/batch")) {
                for (JsonNode item : JSON.readTree(response.body())) {
                    if (item.get("status").asInt() == 202) {
                        accepted.add(item.get("id").asText());
                    }
                }
            } else if (status < 400 || status >= 500 || !contentType.startsWith("application/problem+json")) {
                unexpected.add(payload.kind() + " -> " + status + " " + contentType + " " + response.body());
            }
        }
        assertTrue(unexpected.isEmpty(), "seed " + seed + ": " + unexpected.size() + " unexpected answers: "
                + unexpected.stream().map(answer -> answer.length() > 300 ? answer.substring(0, 300) : answer)
                        .distinct().limit(8).toList());
        RestAssured.get("/q/health/ready").then().statusCode(200);
        assertTrue(accepted.size() > PAYLOADS / 10, "the fuzz run accepted only " + accepted.size());
        assertEquals(Set.of(), IngestedArticles.unaccountedFor(accepted),
                "accepted articles neither ingested nor dead-lettered with a reason");
    }

    private HttpResponse<String> send(Payload payload) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(payload.path()))
                .header("Content-Type", payload.contentType())
                .header("X-API-Key", IngestApi.TEST_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload.body())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url() {
        return "https://fuzz.example/" + run + "/" + random.nextInt(1_000_000);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private String article(String title, String body) {
        return "{\"url\":" + quote(url()) + ",\"title\":" + quote(title) + ",\"body\":" + quote(body) + "}";
    }

    private Payload json(String kind, String json) {
        return new Payload(kind, "application/json", "/articles", utf8(json));
    }

    private Payload validArticle() {
        return json("valid", article("Council meets", "The council met on Tuesday and approved " + random.nextInt(100)
                + " new bus stops."));
    }

    private Payload truncatedJson() {
        String whole = article("Truncated", "A body that is cut off somewhere in the middle.");
        return json("truncated", whole.substring(0, 1 + random.nextInt(whole.length() - 2)));
    }

    private Payload invalidUtf8() {
        byte[] prefix = utf8("{\"url\":\"" + url() + "\",\"body\":\"");
        byte[] garbage = new byte[1 + random.nextInt(32)];
        random.nextBytes(garbage);
        garbage[0] = (byte) 0xC3;
        if (garbage.length > 1) {
            garbage[1] = (byte) 0x28;
        }
        byte[] suffix = utf8("\"}");
        byte[] body = new byte[prefix.length + garbage.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(garbage, 0, body, prefix.length, garbage.length);
        System.arraycopy(suffix, 0, body, prefix.length + garbage.length, suffix.length);
        return new Payload("invalid-utf8", "application/json", "/articles", body);
    }

    private Payload deeplyNested() {
        int depth = 2_000 + random.nextInt(20_000);
        return json("nested", "{\"url\":\"" + url() + "\",\"body\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
    }

    private Payload oversizedBody() {
        return json("oversized", article("Long", "word ".repeat(41_000 + random.nextInt(10_000))));
    }

    private Payload scriptTags() {
        String hostile = "<script>alert(" + random.nextInt(99) + ")</script><img src=x onerror=alert(1)>";
        return random.nextBoolean()
                ? json("script-plain", article(hostile, "Residents gathered on Friday. " + hostile))
                : json("script-html", "{\"url\":" + quote(url()) + ",\"contentType\":\"text/html\",\"body\":"
                        + quote("<p>The market opened on Saturday.</p>" + hostile) + "}");
    }

    private Payload nullBytes() {
        return json("null-bytes", article("Null\\u0000 title", "Body with\\u0000 null\\u0000 bytes."));
    }

    private Payload wrongTypes() {
        String[] variants = {"{\"url\":123,\"body\":\"Text.\"}", "{\"url\":\"" + url() + "\",\"body\":{\"a\":1}}",
            "{\"url\":[\"" + url() + "\"],\"body\":\"Text.\"}", "{\"url\":\"" + url() + "\",\"body\":true}",
            "{\"url\":\"" + url() + "\",\"body\":\"Text.\",\"publishedAt\":42}"};
        return json("wrong-types", variants[random.nextInt(variants.length)]);
    }

    private Payload missingFields() {
        String[] variants = {"{}", "{\"url\":\"" + url() + "\"}", "{\"body\":\"Text.\"}", "{\"url\":\"\",\"body\":\"\"}"};
        return json("missing", variants[random.nextInt(variants.length)]);
    }

    private Payload badUrls() {
        String[] urls = {"javascript:alert(1)", "ftp://fuzz.example/a", "/relative/path", "https://", "http://exa mple",
            "data:text/html,<script>", "\\\\\\\\server\\\\share"};
        return json("bad-url", "{\"url\":" + quote(urls[random.nextInt(urls.length)]) + ",\"body\":\"Text.\"}");
    }

    private Payload notAnObject() {
        String[] variants = {"null", "[]", "\"just a string\"", "42", "[{\"url\":\"" + url() + "\"}]", ""};
        return json("not-an-object", variants[random.nextInt(variants.length)]);
    }

    private Payload unsupportedMediaType() {
        String[] types = {"text/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "text/plain"};
        return new Payload("media-type", types[random.nextInt(types.length)], "/articles",
                utf8(article("Media", "Text.")));
    }

    private Payload unicodeOddities() {
        String[] bodies = {"Right\u202Eto\u202Cleft marks in a sentence.", "Emoji \uD83D\uDCF0 in the news.",
            "Combining e\u0301 accents and \u200B zero width.", "Lone surrogate \\ud800 escape.",
            "\uFEFFByte order mark first.", "Control \\u0007 bell \\u001B escape."};
        return json("unicode", article("Unicode", bodies[random.nextInt(bodies.length)]));
    }

    private Payload mixedBatch() {
        String items = String.join(",", article("One", "The first of a batch."), "{\"title\":\"no url\"}",
                article("Two", "The second of a batch."), "17");
        return new Payload("batch", "application/json", "/articles/batch", utf8("[" + items + "]"));
    }
}
