package io.factstream.bench.load;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Where a consumer group stands on each partition it has committed to, and where those partitions end.
 *
 * @param committed the group's next offset per partition
 * @param ends      each of those partitions' end offset
 */
record GroupOffsets(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> ends) {

    static GroupOffsets of(Admin admin, String group) throws InterruptedException, ExecutionException {
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
    long lag() {
        return committed.entrySet().stream().mapToLong(entry -> ends.get(entry.getKey()) - entry.getValue()).sum();
    }
}
