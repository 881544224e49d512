package io.factstream.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where each service's Java code spent its CPU during a load run, from Java Flight Recorder recordings
 * ({@code deploy/local/services.sh record-start / record-stop}): each execution sample is owed to the innermost
 * frame of our own code on its stack ({@code io.factstream...}, as Class.method), or, when there is none (Kafka's
 * client, the messaging framework, the Elasticsearch client, HTTP), to its thread's name; samples whose innermost
 * frame is in {@code java.util.regex} are also counted apart. Native code (ONNX Runtime's inference) is not sampled.
 *
 * <pre>java ... HotFrames REPORT.md RECORDING.jfr...</pre>
 */
public final class HotFrames {
    private static final int SHOWN = 8;

    private HotFrames() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: HotFrames REPORT.md RECORDING.jfr...");
            System.exit(2);
        }
        StringBuilder report = new StringBuilder("| service | Java samples | in java.util.regex | owed to (share of "
                + "samples) |\n|---|---|---|---|\n");
        for (String recording : List.of(args).subList(1, args.length)) {
            report.append(row(Path.of(recording)));
        }
        System.out.print(report);
        Files.writeString(Path.of(args[0]), report);
    }

    private static String row(Path recording) throws IOException {
        Map<String, Integer> owners = new HashMap<>();
        int samples = 0;
        int regex = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            RecordedStackTrace stack = event.getStackTrace();
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || stack == null
                    || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            regex += frames.getFirst().getMethod().getType().getName().startsWith("java.util.regex.") ? 1 : 0;
            owners.merge(owner(frames, event.getThread("sampledThread")), 1, Integer::sum);
        }
        int all = Math.max(1, samples);
        String shown = owners.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).limit(SHOWN)
                .map(owner -> String.format(Locale.ROOT, "%s %.0f%%", owner.getKey(), 100.0 * owner.getValue() / all))
                .collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "| %s | %,d | %.0f%% | %s |%n",
                recording.getFileName().toString().replace(".jfr", ""), samples, 100.0 * regex / all, shown);
    }

    private static String owner(List<RecordedFrame> frames, RecordedThread thread) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("io.factstream.")) {
                return type.substring(type.lastIndexOf('.') + 1).replaceAll("_(Subclass|ClientProxy)$", "") + "."
                        + frame.getMethod().getName();
            }
        }
        return "thread " + (thread == null ? "unknown" : thread.getJavaName().replaceAll("\\d+", "#"));
    }
}
