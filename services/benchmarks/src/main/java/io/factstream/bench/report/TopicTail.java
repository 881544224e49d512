package io.factstream.bench.report;

import io.factstream.contracts.Topic;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A reader of topics from their current end: only records written after it was opened count. */
public final class TopicTail {
    private TopicTail() {
    }

    public static KafkaConsumer<String, String> open(String kafka, List<Topic> topics) {
        KafkaConsumer<String, String> consumer = reader(kafka, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic.topicName()).stream())
                .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.endOffsets(partitions).forEach(consumer::seek);
        return consumer;
    }

    /** A consumer of a group of its own that commits nothing, so that a benchmark's reading moves no offsets. */
    public static <K, V> KafkaConsumer<K, V> reader(String kafka, Deserializer<K> keys, Deserializer<V> values) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), keys, values);
    }
}
