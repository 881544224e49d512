package io.factstream.bench.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
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
 * page among the processes that map it, so the stack's PSS adds up to the memory it really holds. The CPU of each
 * Java process's JIT compiler threads is counted apart too: a service compiles its code for minutes after it starts,
 * so a short run on a freshly started stack pays much of its cost in compilation (docs/operations.md).
 */
final class ProcessUsage {
    /** Component name to a command-line fragment that only its processes have. */
    private static final Map<String, String> MARKERS = markers();

    /**
     * Names of HotSpot's compiler threads as Linux keeps them (15 characters). On two cores a JVM has one of each, for
     * its whole life, so their CPU time is never lost with an ended thread.
     */
    private static final List<String> COMPILER_THREADS = List.of("C1 CompilerThre", "C2 CompilerThre");
    /** Clock ticks per second of {@code /proc/<pid>/task/<tid>/stat}: USER_HZ, 100 on every Linux we run on. */
    private static final long TICKS_PER_SECOND = 100;

    /**
     * CPU time and resident memory of one component, summed over its processes.
     *
     * @param compilation the part of {@code cpu} its JIT compiler threads took
     */
    record Usage(Duration cpu, Duration compilation, long rssBytes, long pssBytes) {
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
        MARKERS.keySet().forEach(component -> usage.put(component, new Usage(Duration.ZERO, Duration.ZERO, 0, 0)));
        ProcessHandle.allProcesses().forEach(process -> component(process).ifPresent(component -> {
            Usage sum = usage.get(component);
            usage.put(component, new Usage(sum.cpu().plus(process.info().totalCpuDuration().orElse(Duration.ZERO)),
                    sum.compilation().plus(compilation(process.pid())),
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

    /** CPU time of the process's JIT compiler threads so far; zero for a process that is not a JVM. */
    static Duration compilation(long pid) {
        long ticks = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path thread : threads) {
                if (COMPILER_THREADS.contains(Files.readString(thread.resolve("comm")).strip())) {
                    String stat = Files.readString(thread.resolve("stat"));
                    // Fields after the parenthesised name: utime and stime are its 12th and 13th.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO; // the process ended meanwhile
        }
        return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
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
