package io.factstream.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on, for the note beside its figures: cores, memory, JDK. */
public final class Machine {
    private Machine() {
    }

    public static String note() {
        return String.format(Locale.ROOT, "%d cores (nproc), %s RAM, JDK %s (%s)",
                Runtime.getRuntime().availableProcessors(), totalMemory(), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"));
    }

    private static String totalMemory() {
        try {
            String kib = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .findFirst().orElseThrow().replaceAll("\\D", "");
            return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kib) / 1024.0 / 1024.0);
        } catch (IOException | RuntimeException notLinux) {
            return "unknown";
        }
    }
}
