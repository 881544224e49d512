package io.factstream.bench.load;

import io.factstream.bench.report.TopicTail;
import io.factstream.contracts.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the pipeline wrote to each of its topics during a run, in records and bytes (keys and values as sent, before
 * compression): the ends of every partition are noted at the start, and what lies between them and the ends at the
 * end is read once the run is over.
 */
final class TopicBytes {
    private final String kafka;
    private final Map<TopicPartition, Long> atStart;

    private TopicBytes(String kafka, Map<TopicPartition, Long> atStart) {
        this.kafka = kafka;
        this.atStart = atStart;
    }

    /** Starts counting now. */
    static TopicBytes from(String kafka) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(kafka)) {
            List<TopicPartition> partitions = Stream.of(Topic.values())
                    .flatMap(topic -> consumer.partitionsFor(topic.topicName()).stream())
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                    .toList();
            return new TopicBytes(kafka, consumer.endOffsets(partitions));
        }
    }

    /** Per topic that was written to, its kilobytes and records per unit of work done, most bytes first. */
    String perUnitSinceStart(int units) {
        Map<String, long[]> written = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(kafka)) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(atStart.keySet());
            Map<TopicPartition, Long> remaining = new HashMap<>();
            ends.forEach((partition, end) -> {
                if (end > atStart.get(partition)) {
                    remaining.put(partition, end);
                }
            });
            consumer.assign(remaining.keySet());
            remaining.keySet().forEach(partition -> consumer.seek(partition, atStart.get(partition)));
            while (!remaining.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long end = remaining.get(partition);
                    if (end == null || record.offset() >= end) {
                        continue;
                    }
                    long[] sum = written.computeIfAbsent(record.topic(), topic -> new long[2]);
                    sum[0] += Math.max(0, record.serializedKeySize()) + Math.max(0, record.serializedValueSize());
                    sum[1]++;
                    if (record.offset() + 1 >= end) {
                        remaining.remove(partition);
                    }
                }
            }
        }
        double per = Math.max(1, units);
        return written.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .map(entry -> String.format(Locale.ROOT, "%s %,.1f KB (%,.1f)", entry.getKey(),
                        entry.getValue()[0] / 1024.0 / per, entry.getValue()[1] / per))
                .collect(Collectors.joining("; "));
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String kafka) {
        return TopicTail.reader(kafka, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
