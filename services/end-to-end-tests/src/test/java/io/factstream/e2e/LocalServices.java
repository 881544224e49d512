package io.factstream.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The services of the test profile, started and stopped with the project's own launcher
 * ({@code deploy/local/services.sh}) against the stack that {@code make test} started.
 */
final class LocalServices {
    static final String PROFILE = "test";
    private final Path repo = Path.of(System.getProperty("factstream.repo", "../..")).toAbsolutePath().normalize();
    private final Map<String, String> ports;

    LocalServices() throws IOException, InterruptedException {
        this.ports = readPorts();
    }

    int port(String name) {
        return Integer.parseInt(ports.get(name));
    }

    void start(String... services) throws IOException, InterruptedException {
        run("start", services);
    }

    void stop(String... services) throws IOException, InterruptedException {
        run("stop", services);
    }

    Path demoArticle(String fileName) {
        return repo.resolve("deploy/local/demo/articles").resolve(fileName);
    }

    private void run(String command, String... services) throws IOException, InterruptedException {
        List<String> commandLine = new ArrayList<>(List.of("bash", "deploy/local/services.sh", command, PROFILE));
        commandLine.addAll(List.of(services));
        Process process = new ProcessBuilder(commandLine).directory(repo.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("services.sh " + command + " failed: see .work/test/logs/");
        }
    }

    /** Ports as deploy/local/profile.sh defines them, so they are written down in one place only. */
    private Map<String, String> readPorts() throws IOException, InterruptedException {
        String script = "PROFILE=" + PROFILE + "; source deploy/local/profile.sh; echo postgres $PG_PORT; echo kafka $KAFKA_PORT;"
                + " for s in \"${SERVICE_NAMES[@]}\"; do echo $s ${SERVICE_PORT[$s]}; done";
        Process process = new ProcessBuilder("bash", "-c", script).directory(repo.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("cannot read ports from deploy/local/profile.sh");
        }
        Map<String, String> result = new HashMap<>();
        output.lines().map(line -> line.split(" ")).forEach(parts -> result.put(parts[0], parts[1]));
        return result;
    }

    String readDemoArticle(String fileName) throws IOException {
        return Files.readString(demoArticle(fileName));
    }
}
