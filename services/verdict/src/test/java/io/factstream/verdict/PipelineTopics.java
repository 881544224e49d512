package io.factstream.verdict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.factstream.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The real topics around the verdict service: what goes in, and the records that came out for one key. */
public class PipelineTopics {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrap;
    private final ObjectMapper json;

    public PipelineTopics(String bootstrap, ObjectMapper json) {
        this.bootstrap = bootstrap;
        this.json = json;
    }

    public void send(Topic topic, String key, Object value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic.topicName(), key, json.writeValueAsString(value))).get();
        }
    }

    /**
     * Reads {@code topic} from its start until the records matching {@code wanted}, in topic order, satisfy
     * {@code done}, or the timeout passes; returns what matched either way.
     */
    public List<JsonNode> await(Topic topic, Predicate<JsonNode> wanted, Predicate<List<JsonNode>> done)
            throws Exception {
        return read(topic, record -> {
            JsonNode value = parse(record);
            return wanted.test(value) ? value : null;
        }, done);
    }

    /** The reason the dead-letter topic gives for the first record matching {@code wanted}, or null if none came. */
    public String deadLetterReason(Predicate<JsonNode> wanted) throws Exception {
        List<String> reasons = read(Topic.DEAD_LETTER, record -> {
            Header reason = record.headers().lastHeader("dead-letter-reason");
            return wanted.test(parse(record)) && reason != null
                    ? new String(reason.value(), StandardCharsets.UTF_8) : null;
        }, found -> !found.isEmpty());
        return reasons.isEmpty() ? null : reasons.getFirst();
    }

    /** The record's JSON value; other values (poison records of other tests) as a missing node. */
    private JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            JsonNode value = record.value() == null ? null : json.readTree(record.value());
            return value == null ? MissingNode.getInstance() : value;
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    private interface Keep<T> {
        /** What to keep of a record, or null to skip it. */
        T of(ConsumerRecord<String, String> record) throws Exception;
    }

    private <T> List<T> read(Topic topic, Keep<T> keep, Predicate<List<T>> done) throws Exception {
        List<T> found = new ArrayList<>();
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "verdict-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic.topicName()));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!done.test(found) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    T kept = keep.of(record);
                    if (kept != null) {
                        found.add(kept);
                    }
                }
            }
        }
        return found;
    }

    /** The verdict revisions of one claim once there are at least {@code count}. */
    public List<JsonNode> revisions(String claimId, int count) throws Exception {
        return await(Topic.VERDICTS, verdict -> claimId.equals(verdict.path("claimId").asText()),
                found -> found.size() >= count);
    }
}
