package io.factstream.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.Topic;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads what ingest published on {@code articles.ingested}, or dead-lettered, from the real broker of the
 * test stack.
 */
public final class IngestedArticles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private IngestedArticles() {
    }

    /** The first record with this key whose value matches, waiting for it up to 30 s. */
    public static JsonNode await(String articleId, Predicate<JsonNode> matching) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        scan(List.of(Topic.ARTICLES_INGESTED), record -> articleId.equals(record.key()), value -> {
            JsonNode article = JSON.readTree(value);
            if (matching.test(article)) {
                found.add(article);
            }
            return !found.isEmpty();
        });
        if (found.isEmpty()) {
            throw new AssertionError("no matching record with key " + articleId + " on articles.ingested");
        }
        return found.getFirst();
    }

    /** Waits until every one of {@code articleIds} has a record; returns the ids never seen. */
    public static Set<String> missing(Set<String> articleIds) throws IOException {
        Set<String> remaining = new HashSet<>(articleIds);
        scan(List.of(Topic.ARTICLES_INGESTED), record -> remaining.remove(record.key()), value -> remaining.isEmpty());
        return remaining;
    }

    /**
     * The ids among {@code articleIds} that are neither on {@code articles.ingested} nor on the dead-letter
     * topic with a reason: accepted articles that were lost.
     */
    public static Set<String> unaccountedFor(Set<String> articleIds) throws IOException {
        Set<String> remaining = new HashSet<>(articleIds);
        scan(List.of(Topic.ARTICLES_INGESTED, Topic.DEAD_LETTER), record -> (isIngested(record)
                || record.headers().lastHeader("dead-letter-reason") != null) && remaining.remove(record.key()),
                value -> remaining.isEmpty());
        return remaining;
    }

    private interface Visitor {
        boolean done(String value) throws IOException;
    }

    private static boolean isIngested(ConsumerRecord<String, String> record) {
        return record.topic().equals(Topic.ARTICLES_INGESTED.topicName());
    }

    private static void scan(List<Topic> topics, Predicate<ConsumerRecord<String, String>> selected, Visitor visitor)
            throws IOException {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(topics.stream().map(Topic::topicName).toList());
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (selected.test(record) && visitor.done(record.value())) {
                        return;
                    }
                }
            }
        }
    }
}
