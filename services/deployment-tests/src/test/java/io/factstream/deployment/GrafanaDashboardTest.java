package io.factstream.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/grafana/factstream.json: a dashboard Grafana can import (unique panel ids, one Prometheus query each, the
 * datasource chosen on import) that charts only metrics the services expose, under the stage timer's real name.
 */
class GrafanaDashboardTest {
    /** Prefixes of what the services expose: our stage timer, Kafka client, HTTP server, JVM and process metrics. */
    private static final Pattern METRIC = Pattern.compile("\\b((?:factstream|kafka|http|jvm|process)_[a-z_]+)\\b");
    private static JsonNode dashboard;

    @BeforeAll
    static void read() throws IOException {
        dashboard = new ObjectMapper().readTree(Repository.ROOT.resolve("deploy/grafana/factstream.json").toFile());
    }

    @Test
    void everyPanelHasItsOwnIdAndOnePrometheusQueryOnTheChosenDatasource() {
        assertFalse(dashboard.path("uid").asText().isEmpty());
        assertEquals("datasource", dashboard.path("templating").path("list").path(0).path("name").asText());
        Set<Integer> ids = new HashSet<>();
        assertTrue(dashboard.path("panels").size() >= 4);
        for (JsonNode panel : dashboard.path("panels")) {
            assertTrue(ids.add(panel.path("id").asInt()), "panel id " + panel.path("id") + " twice");
            assertEquals("${datasource}", panel.path("datasource").path("uid").asText(), panel.path("title").asText());
            assertFalse(panel.path("targets").path(0).path("expr").asText().isBlank(), panel.path("title").asText());
        }
    }

    @Test
    void chartsThroughputLatencyAndLagUnderTheNamesTheServicesExpose() throws IOException {
        String stageTimer = stageTimerName().replace('.', '_') + "_seconds";
        Set<String> metrics = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            Matcher names = METRIC.matcher(panel.path("targets").path(0).path("expr").asText());
            while (names.find()) {
                metrics.add(names.group(1));
            }
        }
        assertTrue(metrics.contains(stageTimer + "_count"), "throughput: " + metrics);
        assertTrue(metrics.contains(stageTimer + "_sum"), "latency: " + metrics);
        assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag"), "lag: " + metrics);
        for (String metric : metrics) {
            assertTrue(!metric.startsWith("factstream_") || metric.startsWith(stageTimer), "unknown metric " + metric);
        }
    }

    /** The value of StageMetrics.RECORDS, read from its source (the services' shared timer name). */
    private static String stageTimerName() throws IOException {
        String source = Files.readString(Repository.ROOT.resolve(
                "services/service-support/src/main/java/io/factstream/support/metrics/StageMetrics.java"));
        Matcher constant = Pattern.compile("RECORDS = \"([^\"]+)\"").matcher(source);
        assertTrue(constant.find(), "StageMetrics.RECORDS not found");
        return constant.group(1);
    }
}
