package io.factstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.Topic;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claim extraction scaled out as an operator would: a second instance of the built service in the same consumer
 * group. Both must get a share of the partitions, and every article must be extracted exactly once.
 */
class ClaimExtractionScaleOutTest {
    private static final String GROUP = "claim-extraction";
    private static final int ARTICLES = 12;
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalServices services;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        services = new LocalServices();
        services.start("ingest", "claim-extraction", "claim-extraction#2");
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (services != null) {
            services.stop("claim-extraction#2", "claim-extraction", "ingest");
        }
    }

    @Test
    void twoInstancesShareThePartitionsAndExtractEveryArticleOnce() throws Exception {
        String bootstrap = "localhost:" + services.port("kafka");
        Map<String, Set<TopicPartition>> assignments = stableAssignments(bootstrap);
        assertEquals(2, assignments.size(), "members of " + GROUP + ": " + assignments);
        Set<TopicPartition> all = new HashSet<>();
        assignments.values().forEach(partitions -> {
            assertTrue(!partitions.isEmpty(), "an instance without partitions: " + assignments);
            all.addAll(partitions);
        });
        assertEquals(Topic.ARTICLES_INGESTED.partitions(), all.size(), "every partition assigned: " + assignments);

        Set<String> ids = new HashSet<>();
        for (int i = 0; i < ARTICLES; i++) {
            ids.add(post(i));
        }
        Map<String, Integer> extractions = extractionsPerArticle(bootstrap, ids);
        assertEquals(ids, extractions.keySet(), "articles extracted");
        extractions.forEach((id, count) -> assertEquals(1, count, "extractions of " + id));
    }

    /** Each member's partitions of articles.ingested, once the group has settled with two members. */
    private static Map<String, Set<TopicPartition>> stableAssignments(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            Map<String, Set<TopicPartition>> assignments = Map.of();
            while (System.nanoTime() < deadline) {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP);
                assignments = new HashMap<>();
                for (MemberDescription member : group.members()) {
                    assignments.put(member.consumerId(), member.assignment().topicPartitions());
                }
                if (group.groupState() == GroupState.STABLE && assignments.size() == 2
                        && assignments.values().stream().noneMatch(Set::isEmpty)) {
                    return assignments;
                }
                Thread.sleep(500);
            }
            return assignments;
        }
    }

    private static String post(int index) throws Exception {
        String article = JSON.writeValueAsString(Map.of(
                "url", "https://harbor-daily.example/scale/" + UUID.randomUUID(),
                "title", "Westport ferry adds crossing number " + index,
                "body", "The Westport ferry operator added crossing number " + index + " to its weekday timetable on "
                        + "Monday, the company said. The new crossing leaves the harbour at " + (6 + index % 12)
                        + " o'clock."));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + services.port("ingest") + "/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("id").asText();
    }

    /** Records per article on claims.extracted, read until all arrived and a few seconds more for late duplicates. */
    private static Map<String, Integer> extractionsPerArticle(String bootstrap, Set<String> ids) {
        Map<String, Integer> counts = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-scale-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topic.CLAIMS_EXTRACTED.topicName()));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (ids.contains(record.key())) {
                        counts.merge(record.key(), 1, Integer::sum);
                    }
                }
                if (counts.size() == ids.size() && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                }
            }
        }
        return counts;
    }
}
