package io.factstream.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time and resident memory of each process of the stack, told apart by command line: the six services (their
 * jars' folders), Kafka, Elasticsearch, PostgreSQL (all its processes) and Kafka Connect (standalone or distributed).
 */
final class ProcessUsage {
    /** Component name to a command-line fragment that only its processes have. */
    private static final Map<String, String> MARKERS = markers();

    /** CPU time and resident memory of one component, summed over its processes. */
    record Usage(Duration cpu, long rssBytes) {
    }

    private ProcessUsage() {
    }

    private static Map<String, String> markers() {
        Map<String, String> markers = new LinkedHashMap<>();
        for (String service : List.of("ingest", "claim-extraction", "evidence-search", "verdict", "coverage-spectrum",
                "query")) {
            markers.put(service, "services/" + service + "/target/quarkus-app");
        }
        markers.put("kafka", "kafka.Kafka");
        markers.put("elasticsearch", "org.elasticsearch.bootstrap.Elasticsearch");
        markers.put("connect", "org.apache.kafka.connect.cli.Connect");
        markers.put("postgresql", "postgres");
        return markers;
    }

    static Map<String, Usage> snapshot() {
        Map<String, Usage> usage = new LinkedHashMap<>();
        MARKERS.keySet().forEach(component -> usage.put(component, new Usage(Duration.ZERO, 0)));
        ProcessHandle.allProcesses().forEach(process -> component(process).ifPresent(component -> {
            Usage sum = usage.get(component);
            usage.put(component, new Usage(sum.cpu().plus(process.info().totalCpuDuration().orElse(Duration.ZERO)),
                    sum.rssBytes() + rss(process.pid())));
        }));
        return usage;
    }

    private static Optional<String> component(ProcessHandle process) {
        String commandLine = process.info().commandLine().orElse("");
        String command = process.info().command().orElse("");
        for (Map.Entry<String, String> marker : MARKERS.entrySet()) {
            boolean postgres = marker.getKey().equals("postgresql");
            if (postgres ? command.endsWith("/postgres") : commandLine.contains(marker.getValue())) {
                return Optional.of(marker.getKey());
            }
        }
        return Optional.empty();
    }

    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
        return 0;
    }
}
