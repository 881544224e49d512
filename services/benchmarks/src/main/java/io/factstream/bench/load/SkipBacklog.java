package io.factstream.bench.load;

import io.factstream.bench.report.NamedArguments;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Moves every stopped consumer group of the stack to the end of its topics, so that a load run measures its own
 * articles, not what earlier benchmarks left unprocessed (bench-evidence and bench-stories feed one stage alone).
 * Run while the services are stopped: Kafka refuses to move the offsets of a group with members.
 */
public final class SkipBacklog {
    private SkipBacklog() {
    }

    public static void main(String[] args) throws Exception {
        String kafka = NamedArguments.of(args).getOrDefault("kafka", "localhost:9092");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
                GroupOffsets.of(admin, group.groupId()).ends()
                        .forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end)));
                if (ends.isEmpty() || group.groupId().startsWith("connect")) {
                    continue;
                }
                try {
                    admin.alterConsumerGroupOffsets(group.groupId(), ends).all().get();
                } catch (ExecutionException e) {
                    System.err.printf("[bench-load] group %s left as it is (still has members?): %s%n", group.groupId(),
                            e.getCause().getMessage());
                }
            }
        }
        System.err.println("[bench-load] every consumer group now starts at the end of its topics");
    }
}
