package io.factstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.factstream.contracts.Topic;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What end-to-end tests do with the running pipeline: push articles, call the query API, read topics. */
final class PipelineApi {
    /**
     * A report usually completes within seconds, but a consumer just assigned its partition has been seen not to read
     * it for up to 3 minutes (docs/operations.md#known-records-read-late-after-a-restart).
     */
    static final Duration PIPELINE_TIMEOUT = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keeps the session cookie of an editor's sign-in ({@link #signIn}) for the requests after it. */
    private static final HttpClient HTTP = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private static final int NAME_ATTEMPTS = 10;

    private final LocalServices services;

    PipelineApi(LocalServices services) {
        this.services = services;
    }

    /** Pushes an article to ingest and returns its id. */
    String post(String articleJson) throws Exception {
        HttpResponse<String> response = send("ingest", "POST", "/articles", articleJson);
        assertEquals(202, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("id").asText();
    }

    /**
     * A place name of its own per run, so that a kept stack's earlier articles and the other tests' never share it:
     * random letters only, since names are told by capitalised words (digits would end one: "Brill" of "Brill4f2a"),
     * and no other test's place name inside it (evidence search finds names within words).
     */
    static String uniqueName() {
        StringBuilder name = new StringBuilder().append((char) ThreadLocalRandom.current().nextInt('A', 'Z' + 1));
        ThreadLocalRandom.current().ints(7, 'a', 'z' + 1).forEach(letter -> name.append((char) letter));
        return name.toString();
    }

    /**
     * A {@link #uniqueName()} with which claim extraction takes the sentence containing {@code claimPart} for a claim,
     * in the article that {@code articleJson} writes around the name. Its letters are random, and about one name in a
     * hundred moves a borderline sentence under the claim threshold; a test that follows that claim needs another.
     */
    String uniqueNameKeepingClaim(String claimPart, Function<String, String> articleJson) throws Exception {
        for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
            String name = uniqueName();
            HttpResponse<String> extracted = send("claim-extraction", "POST", "/extract", articleJson.apply(name));
            assertEquals(200, extracted.statusCode(), extracted.body());
            for (JsonNode claim : JSON.readTree(extracted.body()).path("claims")) {
                if (claim.path("text").asText().contains(claimPart)) {
                    return name;
                }
            }
        }
        throw new AssertionError("no claim containing '" + claimPart + "' with any of " + NAME_ATTEMPTS + " names");
    }

    HttpResponse<String> send(String service, String method, String path, String jsonBody) throws Exception {
        HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody);
        return HTTP.send(HttpRequest.newBuilder(uri(service, path)).header("Content-Type", "application/json")
                .method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in to the query service as the demo stack's editor (deploy/local/demo/editors). */
    void signInAsEditor() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri("query", "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=morgan&j_password=factstream-demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new AssertionError("the demo editor could not sign in: " + answer.statusCode());
        }
    }

    URI uri(String service, String path) {
        return URI.create("http://localhost:" + services.port(service) + path);
    }

    JsonNode awaitReport(String articleId, Predicate<JsonNode> complete) throws Exception {
        return awaitReport(articleId, complete, PIPELINE_TIMEOUT);
    }

    JsonNode awaitReport(String articleId, Predicate<JsonNode> complete, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send("query", "GET", "/articles/" + articleId + "/report", null);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                JsonNode report = JSON.readTree(response.body());
                if (complete.test(report)) {
                    return report;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("report of " + articleId + " not complete within " + timeout + ": " + last);
    }

    /** Every stage has reported on the article: sections written, a story given, each claim judged. */
    static boolean fullyProcessed(JsonNode report) {
        if (!report.path("sections").path("perspectiveSignals").isTextual() || !report.path("storyId").isTextual()) {
            return false;
        }
        for (JsonNode claim : report.path("claims")) {
            if (claim.path("verdict").path("revision").asInt() < 1) {
                return false;
            }
        }
        return true;
    }

    static JsonNode findClaim(JsonNode report, String textPart) {
        for (JsonNode claim : report.get("claims")) {
            if (claim.get("text").asText().contains(textPart)) {
                return claim;
            }
        }
        throw new AssertionError("no claim containing '" + textPart + "' in " + report.toPrettyString());
    }

    /** The claim's verdict revisions on the verdicts topic, in topic order, once they satisfy {@code done}. */
    List<JsonNode> verdictRevisions(String claimId, Predicate<List<JsonNode>> done) throws Exception {
        List<JsonNode> revisions = new ArrayList<>();
        read(List.of(Topic.VERDICTS), record -> {
            JsonNode verdict = parsedOrMissing(record.value());
            if (claimId.equals(verdict.path("claimId").asText())) {
                revisions.add(verdict);
            }
            return done.test(revisions);
        });
        return revisions;
    }

    /** The record's JSON, or a missing node for a record that is not JSON (the poison test writes some). */
    private static JsonNode parsedOrMissing(String value) {
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /** Something to do with each record read; true when reading can stop. */
    interface RecordVisitor {
        boolean visit(ConsumerRecord<String, String> record) throws Exception;
    }

    /** Reads {@code topics} from their start, record by record, until the visitor is done or the pipeline timeout. */
    void read(List<Topic> topics, RecordVisitor visitor) throws Exception {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + services.port("kafka"),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(topics.stream().map(Topic::topicName).toList());
            long deadline = System.nanoTime() + PIPELINE_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (visitor.visit(record)) {
                        return;
                    }
                }
            }
        }
    }
}
