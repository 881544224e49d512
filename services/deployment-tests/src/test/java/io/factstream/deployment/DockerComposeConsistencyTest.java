package io.factstream.deployment;

import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.factstream.contracts.Topic;

/**
 * docker-compose.yml must describe the same system as the local stack of {@code deploy/local}: the same
 * infrastructure versions, the same topics, the same ports, the same Debezium connector and every service.
 */
class DockerComposeConsistencyTest {

    private static final Path REPO = Repository.ROOT;
    /**
     * Where the connector runs and its password (the demo's locally; compose's from Connect's environment, see
     * DockerComposeSecretsTest) differ between the stacks; placeholders such as {@code @PG_PORT@} may take any value.
     */
    private static final Set<String> STACK_SPECIFIC_CONNECTOR_SETTINGS = Set.of("database.hostname", "database.password");
    private static final String PLACEHOLDER = "@[A-Z_]+@";

    private static JsonNode composeServices;
    private static String stackScript;
    private static Map<String, Integer> runProfilePorts;
    private static List<String> serviceModules;

    @BeforeAll
    static void readBothStacks() throws IOException, InterruptedException {
        composeServices = new YAMLMapper().readTree(REPO.resolve("docker-compose.yml").toFile()).path("services");
        stackScript = Repository.stackScript();
        runProfilePorts = readRunProfilePorts();
        serviceModules = Repository.serviceModules();
    }

    @Test
    void imagesAreTheVersionsTheLocalStackRuns() {
        Map<String, String> localVersions = Map.of(
                "apache/kafka", Repository.stackVariable("KAFKA_VERSION"),
                "docker.elastic.co/elasticsearch/elasticsearch", Repository.stackVariable("ES_VERSION"),
                "quay.io/debezium/connect", Repository.stackVariable("DEBEZIUM_VERSION"),
                "postgres", Repository.stackVariable("PG_VERSION").split("\\.")[0]);
        Map<String, String> composeImages = new TreeMap<>();
        composeServices.properties().forEach(service -> {
            String image = service.getValue().path("image").asText();
            if (!image.isEmpty()) composeImages.put(service.getKey(), image);
        });
        composeImages.forEach((service, image) -> {
            String repository = image.substring(0, image.lastIndexOf(':'));
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertTrue(localVersions.containsKey(repository),
                    "compose service '" + service + "' runs " + image + ", which the local stack does not run");
            assertEquals(localVersions.get(repository), tag, "compose service '" + service + "' runs " + image
                    + ", but deploy/local/stack.sh runs version " + localVersions.get(repository));
        });
        localVersions.forEach((repository, version) -> assertTrue(
                composeImages.containsValue(repository + ":" + version),
                "no compose service runs " + repository + ":" + version + " like the local stack"));
    }

    @Test
    void topicsStepCreatesEveryTopicOfTheContract() throws IOException {
        Path script = onlyMountedFile("topics");
        Map<String, String> expected = Arrays.stream(Topic.values()).collect(toMap(Topic::topicName,
                topic -> topic.partitions() + " " + topic.cleanupPolicy(), (a, b) -> a, TreeMap::new));
        assertEquals(expected, topicsCreatedBy(script), "topics (partitions, cleanup policy) created by "
                + REPO.relativize(script) + " differ from io.factstream.contracts.Topic");
    }

    @Test
    void infrastructureIsPublishedOnTheRunProfilePorts() {
        for (String component : List.of("kafka", "elasticsearch", "postgres", "connect")) {
            assertEquals(List.of(runProfilePorts.get(component)), hostPorts(component), "host port of compose service '"
                    + component + "' differs from the run profile of deploy/local/profile.sh");
        }
    }

    @Test
    void eachServiceUsesItsOneHttpPortEverywhere() throws IOException {
        for (String service : serviceModules) {
            Integer port = runProfilePorts.get(service);
            assertTrue(port != null, "deploy/local/profile.sh has no port for service '" + service + "'");
            JsonNode composeService = composeService(service);
            assertEquals(port, Repository.httpPort(service),
                    "quarkus.http.port of services/" + service + " differs from deploy/local/profile.sh");
            assertEquals(List.of(port + ":" + port), texts(composeService.path("ports")),
                    "ports of compose service '" + service + "' should publish its port unchanged");
            assertEquals(String.valueOf(port), composeService.path("build").path("args").path("PORT").asText(),
                    "build arg PORT (the port the image exposes) of compose service '" + service + "'");
            assertTrue(String.join(" ", texts(composeService.path("healthcheck").path("test")))
                            .contains("localhost:" + port + "/q/health/ready"),
                    "compose service '" + service + "' should check health on localhost:" + port + "/q/health/ready");
        }
    }

    @Test
    void everyServiceModuleIsBuiltByCompose() {
        for (String service : serviceModules) {
            JsonNode build = composeService(service).path("build");
            assertEquals("services/" + service, build.path("context").asText(),
                    "compose service '" + service + "' should be built from its module folder");
            Path dockerfile = REPO.resolve(build.path("context").asText()).resolve(build.path("dockerfile").asText());
            assertTrue(Files.isRegularFile(dockerfile),
                    "Dockerfile of compose service '" + service + "' not found: " + dockerfile.normalize());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cms", "verdict-overrides"})
    void connectorMatchesTheLocalOneExceptWhereItRuns(String connector) throws IOException {
        String localFile = "deploy/local/" + connector + "-connector.properties";
        assertTrue(stackScript.contains(connector), "deploy/local/stack.sh does not run connector " + connector);
        Properties local = new Properties();
        try (Reader in = Files.newBufferedReader(REPO.resolve(localFile))) {
            local.load(in);
        }
        Path composeFile = onlyMountedFile(connector + "-connector");
        Map<String, String> compose = new TreeMap<>();
        new ObjectMapper().readTree(composeFile.toFile()).properties()
                .forEach(setting -> compose.put(setting.getKey(), setting.getValue().asText()));
        String where = REPO.relativize(composeFile) + " and " + localFile;

        assertEquals(new TreeSet<>(local.stringPropertyNames()), compose.keySet(), "connector settings of " + where);
        List<String> differences = local.stringPropertyNames().stream().sorted()
                .filter(key -> !STACK_SPECIFIC_CONNECTOR_SETTINGS.contains(key))
                .filter(key -> !compose.get(key).matches(anyValueForPlaceholders(local.getProperty(key))))
                .map(key -> key + ": '" + compose.get(key) + "' vs '" + local.getProperty(key) + "'")
                .toList();
        assertEquals(List.of(), differences, "connector settings differ between " + where);
    }

    // ------------------------------------------------------------------ reading the two stacks

    /** Component and service name to host port, as `make run` uses them. */
    private static Map<String, Integer> readRunProfilePorts() throws IOException, InterruptedException {
        String listPorts = """
                PROFILE=run; source deploy/local/profile.sh
                echo "kafka $KAFKA_PORT"; echo "elasticsearch $ES_PORT"; echo "postgres $PG_PORT"; echo "connect $CONNECT_PORT"
                for name in "${SERVICE_NAMES[@]}"; do echo "$name ${SERVICE_PORT[$name]}"; done
                """;
        Process bash = new ProcessBuilder("bash", "-c", listPorts).directory(REPO.toFile()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), "sourcing deploy/local/profile.sh failed:\n" + output);
        return output.lines().map(line -> line.split(" "))
                .collect(toMap(nameAndPort -> nameAndPort[0], nameAndPort -> Integer.parseInt(nameAndPort[1])));
    }

    /** A regular expression matching the template with any word in place of each {@code @PLACEHOLDER@}. */
    private static String anyValueForPlaceholders(String template) {
        return Arrays.stream(template.split(PLACEHOLDER, -1)).map(Pattern::quote).collect(joining("\\w+"));
    }

    private static JsonNode composeService(String name) {
        JsonNode service = composeServices.path(name);
        if (service.isMissingNode()) fail("docker-compose.yml has no service '" + name + "'");
        return service;
    }

    private static List<Integer> hostPorts(String service) {
        return texts(composeService(service).path("ports")).stream()
                .map(mapping -> Integer.valueOf(mapping.substring(0, mapping.indexOf(':')))).toList();
    }

    /** The one file a one-shot compose service mounts from the repository. */
    private static Path onlyMountedFile(String service) {
        List<String> volumes = texts(composeService(service).path("volumes"));
        assertEquals(1, volumes.size(), "compose service '" + service + "' should mount exactly one file: " + volumes);
        Path file = REPO.resolve(volumes.getFirst().substring(0, volumes.getFirst().indexOf(':'))).normalize();
        assertTrue(Files.isRegularFile(file), "compose service '" + service + "' mounts a missing file: " + file);
        return file;
    }

    /** The heredoc of deploy/compose/create-topics.sh: one line {@code name partitions cleanupPolicy} per topic. */
    private static Map<String, String> topicsCreatedBy(Path script) throws IOException {
        Map<String, String> topics = new TreeMap<>();
        boolean inList = false;
        for (String line : Files.readAllLines(script)) {
            if (line.equals("TOPICS")) break;
            if (inList) {
                String[] fields = line.trim().split("\\s+", 2);
                topics.put(fields[0], fields.length > 1 ? fields[1] : "");
            }
            if (line.endsWith("<<'TOPICS'")) inList = true;
        }
        if (!inList) fail(REPO.relativize(script) + " has no topic list (heredoc <<'TOPICS')");
        return topics;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
