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
 * Memory is read twice: RSS counts every page a process maps, so pages that processes share (PostgreSQL's shared
 * buffers, mapped by each of its processes; the JDK's libraries) count once per process; PSS divides each shared
 * page among the processes that map it, so the stack's PSS adds up to the memory it really holds.
 */
final class ProcessUsage {
    /** Component name to a command-line fragment that only its processes have. */
    private static final Map<String, String> MARKERS = markers();

    /** CPU time and resident memory of one component, summed over its processes. */
    record Usage(Duration cpu, long rssBytes, long pssBytes) {
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
        MARKERS.keySet().forEach(component -> usage.put(component, new Usage(Duration.ZERO, 0, 0)));
        ProcessHandle.allProcesses().forEach(process -> component(process).ifPresent(component -> {
            Usage sum = usage.get(component);
            usage.put(component, new Usage(sum.cpu().plus(process.info().totalCpuDuration().orElse(Duration.ZERO)),
                    sum.rssBytes() + kilobytes(process.pid(), "status", "VmRSS:"),
                    sum.pssBytes() + kilobytes(process.pid(), "smaps_rollup", "Pss:")));
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

    /** The bytes of a line {@code field ... kB} of the process's file {@code /proc/<pid>/<file>}, or 0. */
    private static long kilobytes(long pid, String file, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
        return 0;
    }
}
