package io.factstream.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * Where a consumer group stands on each partition it has committed to, and where those partitions end.
 *
 * @param committed the group's next offset per partition
 * @param ends      each of those partitions' end offset
 */
public record GroupOffsets(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> ends) {

    /**
     * The pipeline's consumer groups with members now: the running services' (not the live feeds' of each query
     * instance, which commit nothing, nor Kafka Connect's, benchmarks' or tests' own readers).
     */
    public static List<String> activePipelineGroups(Admin admin) throws InterruptedException, ExecutionException {
        List<String> groups = new ArrayList<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            String name = group.groupId();
            boolean active = group.groupState().map(state -> state == GroupState.STABLE).orElse(false);
            if (active && Stream.of("bench-", "e2e-", "query-feed-", "connect").noneMatch(name::startsWith)) {
                groups.add(name);
            }
        }
        return groups;
    }

    public static GroupOffsets of(Admin admin, String group) throws InterruptedException, ExecutionException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        offsets.forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, offset.offset());
            }
        });
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, end) -> ends.put(partition, end.offset()));
        return new GroupOffsets(committed, ends);
    }

    /** Records the group has not processed yet. */
    public long lag() {
        return committed.entrySet().stream().mapToLong(entry -> ends.get(entry.getKey()) - entry.getValue()).sum();
    }
}
