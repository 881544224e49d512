package io.factstream.deployment;

import static io.factstream.deployment.Secrets.ELASTIC_PASSWORD;
import static io.factstream.deployment.Secrets.POSTGRES_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml takes every secret from variables that compose refuses to leave unset or empty (.env), and
 * starts nothing that reads one before the one-shot service secrets-check (deploy/secrets/check-secrets.sh) has
 * accepted them all.
 */
class DockerComposeSecretsTest {
    private static final String CHECK = "secrets-check";
    /** The only way a secret enters the file: a variable that compose requires, with where to read about it. */
    private static final Pattern REQUIRED =
            Pattern.compile("\\$\\{([A-Z_]+):\\?see docs/operations\\.md#securing-a-deployment}");

    private static JsonNode services;

    @BeforeAll
    static void readCompose() throws IOException {
        services = new YAMLMapper().readTree(Repository.ROOT.resolve("docker-compose.yml").toFile()).path("services");
    }

    @Test
    void secretsComeFromRequiredVariablesOnly() {
        services.properties().forEach(service -> {
            for (String text : allTexts(service.getValue(), new ArrayList<>())) {
                assertTrue(!text.contains("${") || REQUIRED.matcher(text).matches(), "compose service '" + service.getKey()
                        + "' takes " + text + ", not ${VARIABLE:?see docs/operations.md#securing-a-deployment}");
            }
            environment(service.getValue()).forEach((name, value) -> assertTrue(
                    !Secrets.SECRET_VARIABLE.matcher(name).matches() || REQUIRED.matcher(value).matches(),
                    "compose service '" + service.getKey() + "' has its " + name + " written into the file"));
        });
    }

    @Test
    void theCheckSeesEverySecretAsTheServicesDo() {
        Set<String> secrets = new TreeSet<>();
        services.properties().forEach(service -> secrets.addAll(requiredIn(service.getValue())));
        JsonNode check = services.path(CHECK);
        List<String> entrypoint = texts(check.path("entrypoint"));

        assertEquals(List.of("sh", "/factstream/check-secrets.sh"), entrypoint.subList(0, 2), "entrypoint of " + CHECK);
        assertTrue(texts(check.path("volumes")).contains("./deploy/secrets/check-secrets.sh:/factstream/check-secrets.sh:ro"),
                CHECK + " should mount deploy/secrets/check-secrets.sh");
        assertEquals(secrets, new TreeSet<>(entrypoint.subList(2, entrypoint.size())), "the variables " + CHECK + " checks");
        for (String secret : secrets) {
            assertEquals(secret, secretIn(check, secret), CHECK + " should be given " + secret);
        }
        assertEquals(secrets, Secrets.composeExample().keySet(), "the variables of deploy/compose/env.example");
    }

    @Test
    void everyServiceGivenASecretWaitsForTheCheck() {
        services.properties().forEach(service -> {
            if (!service.getKey().equals(CHECK) && !requiredIn(service.getValue()).isEmpty()) {
                assertEquals("service_completed_successfully",
                        service.getValue().path("depends_on").path(CHECK).path("condition").asText(),
                        "compose service '" + service.getKey() + "' is given secrets, so it should wait for " + CHECK);
            }
        });
    }

    @Test
    void eachServiceIsGivenTheSecretsItReads() {
        for (String service : Repository.serviceModules()) {
            JsonNode composeService = services.path(service);
            Set<String> secrets = Secrets.readBy(service);
            assertEquals(secrets, requiredIn(composeService), "secrets given to compose service '" + service + "'");
            for (String secret : secrets) {
                String variable = Secrets.SERVICE_VARIABLE.get(secret);
                assertEquals(secret, secretIn(composeService, variable),
                        "compose service '" + service + "' should read " + secret + " from " + variable);
            }
            if (secrets.contains(ELASTIC_PASSWORD)) {
                assertEquals("elastic", environment(composeService).get("QUARKUS_ELASTICSEARCH_USERNAME"), service);
            }
        }
    }

    @Test
    void serversAndConnectorsUseThePasswordsOfTheEnvironment() throws IOException {
        JsonNode elasticsearch = services.path("elasticsearch");
        JsonNode connect = services.path("connect");

        assertEquals(POSTGRES_PASSWORD, secretIn(services.path("postgres"), "POSTGRES_PASSWORD"));
        assertEquals(ELASTIC_PASSWORD, secretIn(elasticsearch, "ELASTIC_PASSWORD"));
        assertEquals("true", environment(elasticsearch).get("xpack.security.enabled"));
        assertTrue(String.join(" ", texts(elasticsearch.path("healthcheck").path("test"))).contains("elastic:$$ELASTIC_PASSWORD"),
                "Elasticsearch's healthcheck should sign in as elastic");
        assertEquals(POSTGRES_PASSWORD, secretIn(connect, POSTGRES_PASSWORD));
        Secrets.CONNECT_ENVIRONMENT_PROVIDER.forEach((name, value) ->
                assertEquals(value, environment(connect).get(name), "Connect's " + name));
        try (DirectoryStream<Path> connectors = Files.newDirectoryStream(
                Repository.ROOT.resolve("deploy/compose"), "*-connector.json")) {
            for (Path connector : connectors) {
                assertEquals(Secrets.CONNECTOR_PASSWORD,
                        new ObjectMapper().readTree(connector.toFile()).path("database.password").asText(),
                        "database.password of " + connector.getFileName());
            }
        }
    }

    /** The secret that the service's variable holds: a required variable, or the one mounted where it names a file. */
    private static String secretIn(JsonNode service, String variable) {
        String value = environment(service).getOrDefault(variable, "");
        for (JsonNode volume : service.path("volumes")) {
            if (volume.path("target").asText().equals(value)) value = volume.path("source").asText();
        }
        Matcher required = REQUIRED.matcher(value);
        return required.matches() ? required.group(1) : null;
    }

    private static Set<String> requiredIn(JsonNode service) {
        Set<String> variables = new TreeSet<>();
        for (String text : allTexts(service, new ArrayList<>())) {
            Matcher required = REQUIRED.matcher(text);
            if (required.matches()) variables.add(required.group(1));
        }
        return variables;
    }

    private static List<String> allTexts(JsonNode node, List<String> texts) {
        if (node.isValueNode()) texts.add(node.asText());
        node.forEach(child -> allTexts(child, texts));
        return texts;
    }

    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new TreeMap<>();
        service.path("environment").properties()
                .forEach(variable -> environment.put(variable.getKey(), variable.getValue().asText()));
        return environment;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
