package io.factstream.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Every few seconds, each active pipeline consumer group's lag (records not yet processed); keeps the largest seen. */
final class LagSampler implements AutoCloseable {
    private static final long EVERY_SECONDS = 2;
    private final Admin admin;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Long> maxLag = new ConcurrentHashMap<>();

    LagSampler(String kafka) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka));
        timer.scheduleAtFixedRate(this::sample, 0, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void sample() {
        try {
            for (String group : GroupOffsets.activePipelineGroups(admin)) {
                maxLag.merge(group, GroupOffsets.of(admin, group).lag(), Math::max);
            }
        } catch (Exception e) {
            System.err.println("[bench-load] lag sample failed: " + e);
        }
    }

    /** Consumer group to the largest lag sampled. */
    Map<String, Long> maxLag() {
        return new TreeMap<>(maxLag);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        admin.close();
    }
}
