package io.factstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.Ids;
import io.factstream.contracts.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every service, built and started as a user would, on the real Kafka, Elasticsearch, PostgreSQL and
 * Debezium of the test stack. Articles go in through the ingest API or the CMS table; assertions are
 * on the report that the query API returns.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest extends WholePipelineTest {
    private static final Duration PIPELINE_TIMEOUT = PipelineApi.PIPELINE_TIMEOUT;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Order(1)
    void twoOutletsOnOneStoryCrossReferenceEachOtherAndShowASpectrum() throws Exception {
        String firstId = api.post(services.readDemoArticle("1-harbor-daily-bridge.json"));
        JsonNode first = api.awaitReport(firstId, PipelineEndToEndTest::allClaimsJudged);
        assertFalse(first.get("claims").isEmpty(), "the first article has claims");

        String secondId = api.post(services.readDemoArticle("2-coastline-courier-bridge.json"));
        JsonNode second = api.awaitReport(secondId, report -> allClaimsJudged(report)
                && report.path("coverage").path("sourcesCompared").asInt() == 2);

        assertEquals(first.get("storyId").asText(), second.get("storyId").asText(), "same story");
        JsonNode supported = PipelineApi.findClaim(second, "reopened to traffic on Monday");
        JsonNode evidence = supported.get("evidence").get(0);
        assertEquals("CROSS_REFERENCE", evidence.get("kind").asText());
        assertEquals("SUPPORTS", evidence.get("stance").asText());
        assertEquals("harbor-daily.example", evidence.get("outlet").asText());
        assertEquals("SINGLE_SOURCE", supported.get("verdict").get("label").asText());
        assertTrue(supported.get("verdict").get("explanation").asText().contains("harbor-daily.example"));

        JsonNode coverage = second.get("coverage");
        assertEquals(50, coverage.get("left").asInt());
        assertEquals(50, coverage.get("center").asInt());
        assertEquals(0, coverage.get("right").asInt());
        assertEquals(2, coverage.get("ratedSources").asInt());
        assertTrue(coverage.get("gap").isNull(), "two fresh sources are too few to read a gap from: " + coverage);
        assertTrue(coverage.get("tooEarlyToTell").asBoolean(), coverage.toString());
        assertTrue(second.get("counts").get("SINGLE_SOURCE").asInt() >= 1);
        JsonNode sections = second.get("sections");
        assertTrue(sections.get("whatHappened").asText().contains("bridge reopened to traffic on Monday"),
                sections.toString());
        assertEquals("No persuasion techniques were found: the article reads as straight reporting.",
                sections.get("perspectiveSignals").asText());
        assertFalse(sections.get("followUpQuestions").isEmpty());
        for (JsonNode question : sections.get("followUpQuestions")) {
            boolean grounded = false;
            for (JsonNode claim : second.get("claims")) {
                grounded |= question.asText().contains(claim.get("text").asText());
            }
            assertTrue(grounded, "follow-up question not grounded in a claim: " + question);
        }
        assertTrue(second.get("topics").toString().contains("economy, business and finance"), second.get("topics")
                .toString());
        assertEquals("STATISTIC", PipelineApi.findClaim(second, "cost 4.2 million euros").get("type").asText());

        // A Center outlet's claim that a Left outlet reports too is the story's common ground.
        String commonGround = api.awaitReport(secondId, report -> report.path("sections").path("commonGround")
                .asText().contains("reopened to traffic on Monday")).get("sections").get("commonGround").asText();
        assertTrue(commonGround.contains("coastline-courier.example (Center)")
                && commonGround.contains("harbor-daily.example (Left)"), commonGround);
        assertEquals("the city council", PipelineApi.findClaim(second, "cost 4.2 million euros").get("speaker").asText());
    }

    @Test
    @Order(2)
    void anArticleOnAnotherEventStartsItsOwnStory() throws Exception {
        String bridgeStory = api.awaitReport(Ids.articleId(
                "https://harbor-daily.example/2026/11/westport-bridge-reopens"), report -> true).get("storyId").asText();
        String fishingId = api.post(services.readDemoArticle("3-ridge-gazette-fishing.json"));
        JsonNode fishing = api.awaitReport(fishingId, report -> !report.path("storyId").isNull()
                && report.path("storyId").isTextual());
        assertNotEquals(bridgeStory, fishing.get("storyId").asText());
    }

    @Test
    @Order(3)
    void aRowInsertedIntoTheCmsTableBecomesAReport() throws Exception {
        String url = "https://coastline-courier.example/cms/" + UUID.randomUUID();
        String jdbcUrl = "jdbc:postgresql://localhost:" + services.port("postgres") + "/newsroom";
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "factstream", "factstream");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into articles (url, title, body, outlet, published_at) values (?, ?, ?, ?, ?)")) {
            insert.setString(1, url);
            insert.setString(2, "Ferry timetable changes in Westport");
            insert.setString(3, "The Westport ferry operator added 12 daily crossings to its timetable on Monday, the company "
                    + "announced.");
            insert.setString(4, "coastline-courier.example");
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        JsonNode report = api.awaitReport(Ids.articleId(url), PipelineApi::fullyProcessed);
        assertEquals("Ferry timetable changes in Westport", report.get("title").asText());
    }

    @Test
    @Order(4)
    void articlesAcceptedWhileAServiceIsDownAreProcessedAfterItsRestart() throws Exception {
        services.stop("claim-extraction");
        String id;
        try {
            id = api.post(JSON.writeValueAsString(Map.of(
                    "url", "https://ridge-gazette.example/local/" + UUID.randomUUID(),
                    "title", "Westport library extends opening hours",
                    "body", "The Westport public library extended its opening hours to 9 pm on weekdays, "
                            + "the city council announced on Tuesday.")));
        } finally {
            services.start("claim-extraction");
        }
        api.awaitReport(id, PipelineApi::fullyProcessed);
    }

    /** Every topic that a service reads; each gets a poison record. */
    private static final List<Topic> INPUT_TOPICS = List.of(Topic.ARTICLES_RAW, Topic.CMS_ARTICLES,
            Topic.ARTICLES_INGESTED, Topic.CLAIMS_EXTRACTED, Topic.CLAIMS_EVIDENCE, Topic.VERDICTS,
            Topic.VERDICT_OVERRIDES, Topic.STORIES);

    @Test
    @Order(5)
    void aPoisonRecordOnEveryInputTopicGoesToTheDeadLetterTopicAndStallsNoPartition() throws Exception {
        String url = "https://ridge-gazette.example/local/" + UUID.randomUUID();
        String articleId = Ids.articleId(url);
        String bootstrap = "localhost:" + services.port("kafka");
        // Same key as the valid article that follows, so each poison record lands on the partition the article's
        // records take after it.
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new StringSerializer())) {
            for (Topic topic : INPUT_TOPICS) {
                producer.send(new ProducerRecord<>(topic.topicName(), articleId, "{not json")).get();
            }
        }
        String id = api.post(JSON.writeValueAsString(Map.of("url", url, "title", "Westport harbour dredging begins",
                "body", "Dredging of the Westport harbour began on Wednesday and removed 40,000 cubic metres "
                        + "of silt in its first week, the port authority said.")));
        assertEquals(articleId, id);
        api.awaitReport(id, PipelineApi::fullyProcessed);

        Set<String> awaited = new TreeSet<>(INPUT_TOPICS.stream().map(Topic::topicName).toList());
        api.read(List.of(Topic.DEAD_LETTER), record -> {
            Header reason = record.headers().lastHeader("dead-letter-reason");
            Header from = record.headers().lastHeader("dead-letter-topic");
            if (articleId.equals(record.key()) && reason != null && from != null) {
                assertFalse(new String(reason.value()).isBlank());
                awaited.remove(new String(from.value()));
            }
            return awaited.isEmpty();
        });
        assertEquals(Set.of(), awaited, "poison records that never reached " + Topic.DEAD_LETTER.topicName());
    }

    @Test
    @Order(6)
    void oneArticlesTraceContextRunsThroughEveryHop() throws Exception {
        String id = api.post(JSON.writeValueAsString(Map.of(
                "url", "https://ridge-gazette.example/local/" + UUID.randomUUID(), "title", "Westport budget approved",
                "body", "The Westport council approved a budget of 412 million euros on Monday, the mayor said.")));
        api.awaitReport(id, report -> PipelineApi.fullyProcessed(report) && !report.path("claims").isEmpty());

        List<Topic> hops = List.of(Topic.ARTICLES_RAW, Topic.ARTICLES_INGESTED, Topic.CLAIMS_EXTRACTED,
                Topic.CLAIMS_EVIDENCE, Topic.VERDICTS);
        Map<String, String> traceIdByTopic = new TreeMap<>();
        api.read(hops, record -> {
            Header traceparent = record.headers().lastHeader("traceparent");
            if (id.equals(record.key()) && traceparent != null) {
                // W3C trace context: version-traceid-spanid-flags
                traceIdByTopic.putIfAbsent(record.topic(), new String(traceparent.value()).split("-")[1]);
            }
            return traceIdByTopic.size() == hops.size();
        });
        assertEquals(new TreeSet<>(hops.stream().map(Topic::topicName).toList()), traceIdByTopic.keySet(),
                "topics whose record of the article carries a trace context");
        assertEquals(1, Set.copyOf(traceIdByTopic.values()).size(), "one trace from the HTTP request on: " + traceIdByTopic);
    }

    @Test
    @Order(7)
    void aGermanArticlesClaimsAreNotCheckedRatherThanInsufficient() throws Exception {
        String id = api.post(JSON.writeValueAsString(Map.of(
                "url", "https://rhein-bote.example/lokales/" + UUID.randomUUID(), "outlet", "rhein-bote.example",
                "title", "Westport: Brücke wieder offen",
                "body", "Die Hafenbrücke von Westport ist nach 14 Monaten Bauzeit am Montag wieder für den Verkehr "
                        + "geöffnet worden. Die Reparaturen kosteten nach Angaben der Stadtverwaltung 4,2 Millionen "
                        + "Euro und damit deutlich mehr als geplant. Viele Anwohner kamen zur Eröffnung und feierten "
                        + "mit der Bürgermeisterin bis in den späten Abend. „Wir haben jedes der 212 Seile zweimal "
                        + "geprüft“, sagte sie bei der Feier am Hafen.")));
        JsonNode report = api.awaitReport(id, PipelineEndToEndTest::allClaimsJudged);

        assertEquals("de", report.get("language").asText());
        for (JsonNode claim : report.get("claims")) {
            assertEquals("NOT_CHECKED", claim.path("verdict").path("label").asText(), claim.toString());
            assertEquals("Not checked: language de is not supported yet.",
                    claim.path("verdict").path("explanation").asText());
        }
        assertEquals(report.get("claims").size(), report.get("counts").path("NOT_CHECKED").asInt());
        assertFalse(report.get("counts").has("INSUFFICIENT_EVIDENCE"), report.get("counts").toString());
        assertEquals("Not checked: language de is not supported yet.",
                report.get("sections").get("perspectiveSignals").asText());
    }

    @Test
    @Order(8)
    void aClaimAFactCheckerRatedFalseIsContradictedByThatFactCheck(@TempDir Path directory) throws Exception {
        Function<String, String> article = town -> json(Map.of(
                "url", "https://harbor-daily.example/2026/11/" + town.toLowerCase() + "-bridge-budget",
                "outlet", "harbor-daily.example", "title", town + " bridge budget questioned",
                "body", "The " + town + " council spent 12 million dollars on a harbour bridge that was never built, "
                        + "the opposition said on Tuesday. The council said the money went to studies and land. "
                        + "A public hearing on the budget is planned for next month."));
        String town = api.uniqueNameKeepingClaim("12 million dollars", article);
        String reviewUrl = "https://checkers.factstream.example/2026/11/" + town.toLowerCase() + "-bridge";
        Path factChecks = Files.writeString(directory.resolve("fact-checks.jsonl"), json(Map.of(
                "@context", "https://schema.org", "@type", "ClaimReview", "url", reviewUrl,
                "claimReviewed", "The " + town + " council spent $12 million on a harbour bridge that was never built.",
                "datePublished", "2026-11-18", "author", Map.of("@type", "Organization", "name", "Corran Fact Check"),
                "reviewRating", Map.of("@type", "Rating", "alternateName", "False"))) + "\n");
        services.importFactChecks(factChecks, directory);

        String id = api.post(article.apply(town));
        JsonNode report = api.awaitReport(id, done -> allClaimsJudged(done)
                && PipelineApi.findClaim(done, "12 million dollars").path("verdict").path("label").asText()
                        .equals("CONTRADICTED"));

        JsonNode claim = PipelineApi.findClaim(report, "12 million dollars");
        JsonNode factCheck = null;
        for (JsonNode item : claim.get("evidence")) {
            factCheck = item.path("kind").asText().equals("FACT_CHECK") ? item : factCheck;
        }
        assertTrue(factCheck != null, claim.toPrettyString());
        assertEquals(reviewUrl, factCheck.get("url").asText());
        assertEquals("False", factCheck.path("factCheck").path("published").asText());
        assertTrue(claim.path("verdict").path("explanation").asText()
                .startsWith("Corran Fact Check rated a matching claim 'False' (2026-11-18). Refuted by Corran Fact "
                        + "Check (2026-11-18): the same claim"), claim.path("verdict").toString());
        HttpResponse<String> claimReview = api.send("query", "GET", "/claims/" + claim.get("id").asText()
                + "/claimreview", null);
        assertEquals(reviewUrl, JSON.readTree(claimReview.body()).path("isBasedOn").path(0).path("url").asText(),
                claimReview.body());
    }

    private static String json(Map<String, ?> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every stage has seen the article: its analysis and story are known and every claim, if any, judged. */

    private static boolean allClaimsJudged(JsonNode report) {
        JsonNode claims = report.path("claims");
        if (claims.isEmpty()) {
            return false;
        }
        for (JsonNode claim : claims) {
            if (claim.path("verdict").path("revision").asInt() < 1) {
                return false;
            }
        }
        return !report.path("storyId").isNull() && report.path("storyId").isTextual();
    }
}
