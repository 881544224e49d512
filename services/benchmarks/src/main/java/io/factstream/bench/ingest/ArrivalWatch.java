package io.factstream.bench.ingest;

import io.factstream.bench.report.TopicTail;
import io.factstream.contracts.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Watches topics from their current end for records keyed by given article ids. Arrival times are the
 * records' own timestamps, so a slow reader here does not count.
 */
final class ArrivalWatch implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;

    /** How many of the awaited articles reached a topic, and how long after the start the last one did. */
    record Arrivals(int count, double seconds) {
        double articlesPerSecond() {
            return count == 0 ? 0 : count / seconds;
        }
    }

    /** Starts watching now: only records written from here on count. */
    ArrivalWatch(String kafka, List<Topic> topics) {
        consumer = TopicTail.open(kafka, topics);
    }

    /**
     * @param startMillis when the articles started to be sent (epoch milliseconds)
     * @return per topic watched, the arrivals of {@code articleIds} within {@code maxWait}
     */
    Map<Topic, Arrivals> await(Set<String> articleIds, long startMillis, Duration maxWait, List<Topic> topics) {
        Map<String, Set<String>> awaited = new HashMap<>();
        Map<String, Long> lastArrival = new HashMap<>();
        topics.forEach(topic -> awaited.put(topic.topicName(), new HashSet<>(articleIds)));
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (awaited.values().stream().anyMatch(ids -> !ids.isEmpty()) && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                Set<String> ids = awaited.get(record.topic());
                if (ids != null && ids.remove(record.key())) {
                    lastArrival.merge(record.topic(), record.timestamp(), Math::max);
                }
            }
        }
        Map<Topic, Arrivals> arrivals = new HashMap<>();
        for (Topic topic : topics) {
            long last = lastArrival.getOrDefault(topic.topicName(), startMillis);
            arrivals.put(topic, new Arrivals(articleIds.size() - awaited.get(topic.topicName()).size(),
                    (last - startMillis) / 1000.0));
        }
        return arrivals;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
