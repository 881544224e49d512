package io.factstream.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The services of the test profile, started and stopped with the project's own launcher
 * ({@code deploy/local/services.sh}) against the stack that {@code make test} started; the stack's servers stopped
 * and started with {@code deploy/local/stack.sh}, for fault tests.
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

    /** Kills a running service with SIGKILL, as a crash would: no shutdown, nothing flushed or committed. */
    void crash(String service) throws Exception {
        long pid = Long.parseLong(Files.readString(repo.resolve(".work/" + PROFILE + "/services/" + service + ".pid"))
                .trim());
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException(service + " (pid " + pid + ") does not run"));
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Stops servers of the stack ({@code kafka}, {@code elasticsearch}, ...); their data stays. */
    void stopServers(String... components) throws IOException, InterruptedException {
        script("stack.sh", "down", components);
    }

    /** Starts whatever part of the stack is not running and waits until all of it is healthy. */
    void startServers() throws IOException, InterruptedException {
        script("stack.sh", "up");
    }

    /** Imports published fact-checks into the stack's Elasticsearch as a user would: {@code make import-factchecks}. */
    void importFactChecks(Path file, Path stateDirectory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "deploy/local/import.sh", "factchecks", file.toString(), "--es",
                "http://localhost:" + port("elasticsearch"), "--state", stateDirectory.toString())
                .directory(repo.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("import-factchecks of " + file + " failed");
        }
    }

    Path demoArticle(String fileName) {
        return repo.resolve("deploy/local/demo/articles").resolve(fileName);
    }

    private void run(String command, String... services) throws IOException, InterruptedException {
        script("services.sh", command, services);
    }

    private void script(String script, String command, String... arguments) throws IOException, InterruptedException {
        List<String> commandLine = new ArrayList<>(List.of("bash", "deploy/local/" + script, command, PROFILE));
        commandLine.addAll(List.of(arguments));
        Process process = new ProcessBuilder(commandLine).directory(repo.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(script + " " + command + " failed: see .work/test/logs/");
        }
    }

    /** Ports as deploy/local/profile.sh defines them, so they are written down in one place only. */
    private Map<String, String> readPorts() throws IOException, InterruptedException {
        String script = "PROFILE=" + PROFILE + "; source deploy/local/profile.sh; echo postgres $PG_PORT; echo kafka $KAFKA_PORT;"
                + " echo elasticsearch $ES_PORT;"
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
