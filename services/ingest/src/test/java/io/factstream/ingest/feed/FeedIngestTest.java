package io.factstream.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.Ids;
import io.factstream.contracts.Topic;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The service polls a configured feed by itself and publishes its item; against the real broker of the test stack. */
@QuarkusTest
@WithTestResource(FeedServerResource.class)
class FeedIngestTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = FeedServerResource.ARTICLE_URL_KEY)
    String articleUrl;

    @Test
    void feedItemIsOnTheIngestedTopic() throws Exception {
        JsonNode article = readRecord(Topic.ARTICLES_INGESTED.topicName(), Ids.articleId(articleUrl));

        assertEquals(articleUrl, article.get("url").asText());
        assertEquals("feed", article.get("source").asText());
        assertEquals("harbor-daily.example", article.get("outlet").asText());
        assertEquals("Winter ferry timetable published", article.get("title").asText());
        assertEquals("The winter timetable runs 12 crossings a day from December.", article.get("body").asText());
    }

    private JsonNode readRecord(String topic, String key) throws Exception {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-feed-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return new ObjectMapper().readTree(record.value());
                    }
                }
            }
        }
        throw new AssertionError("no record with key " + key + " on " + topic);
    }
}
