package io.factstream.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.factstream.contracts.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests of deploy/kubernetes: each document well-formed for its kind, every service deployed with health
 * probes on its own port, the topics equal to the contract's, the infrastructure at the local stack's versions, and
 * KEDA scaling claim-extraction on the consumer group and topic it really reads.
 */
class KubernetesManifestsTest {
    private static final Path MANIFESTS = Repository.ROOT.resolve("deploy/kubernetes");
    private static final String NAMESPACE = "factstream";
    private static final String KAFKA_BOOTSTRAP = "factstream-kafka-bootstrap:9092";
    private static final String ELASTICSEARCH_HTTP = "factstream-es-http:9200";
    private static final Map<String, String> API_VERSIONS = Map.ofEntries(
            Map.entry("Namespace", "v1"), Map.entry("Secret", "v1"), Map.entry("Service", "v1"),
            Map.entry("Deployment", "apps/v1"), Map.entry("StatefulSet", "apps/v1"), Map.entry("Job", "batch/v1"),
            Map.entry("Kafka", "kafka.strimzi.io/v1beta2"), Map.entry("KafkaNodePool", "kafka.strimzi.io/v1beta2"),
            Map.entry("KafkaTopic", "kafka.strimzi.io/v1beta2"),
            Map.entry("Elasticsearch", "elasticsearch.k8s.elastic.co/v1"),
            Map.entry("ScaledObject", "keda.sh/v1alpha1"));

    private static List<JsonNode> documents;

    @BeforeAll
    static void readManifests() throws IOException {
        documents = new ArrayList<>();
        JsonNode kustomization = new YAMLMapper().readTree(MANIFESTS.resolve("kustomization.yaml").toFile());
        for (JsonNode resource : kustomization.path("resources")) {
            Path file = MANIFESTS.resolve(resource.asText());
            assertTrue(Files.isRegularFile(file), "kustomization.yaml lists a missing file: " + resource.asText());
            try (MappingIterator<JsonNode> parsed = new YAMLMapper().readerFor(JsonNode.class).readValues(file.toFile())) {
                parsed.readAll().stream().filter(document -> !document.isEmpty()).forEach(documents::add);
            }
        }
    }

    @Test
    void everyManifestFileIsListedInTheKustomization() throws IOException {
        JsonNode kustomization = new YAMLMapper().readTree(MANIFESTS.resolve("kustomization.yaml").toFile());
        List<String> listed = new ArrayList<>();
        kustomization.path("resources").forEach(resource -> listed.add(resource.asText()));
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            assertEquals(new TreeSet<>(files.map(file -> file.getFileName().toString())
                            .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml")).toList()),
                    new TreeSet<>(listed));
        }
    }

    @Test
    void everyDocumentHasAKnownKindItsApiVersionAndANameInTheNamespace() {
        for (JsonNode document : documents) {
            String kind = document.path("kind").asText();
            String name = document.path("metadata").path("name").asText();
            assertTrue(API_VERSIONS.containsKey(kind), "unexpected kind " + kind + " (" + name + ")");
            assertEquals(API_VERSIONS.get(kind), document.path("apiVersion").asText(), "apiVersion of " + kind + " " + name);
            assertFalse(name.isEmpty(), "a " + kind + " without metadata.name");
            assertTrue(name.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"), kind + " name is no DNS label: " + name);
            if (!kind.equals("Namespace")) {
                assertEquals(NAMESPACE, document.path("metadata").path("namespace").asText(), kind + " " + name);
            }
        }
    }

    @Test
    void everyServiceIsADeploymentWithProbesOnItsPortAndAService() {
        for (String service : Repository.serviceModules()) {
            int port = Repository.httpPort(service);
            JsonNode deployment = only("Deployment", service);
            JsonNode template = deployment.path("spec").path("template");
            assertEquals(deployment.path("spec").path("selector").path("matchLabels"),
                    selectorPart(template.path("metadata").path("labels"), deployment.path("spec").path("selector")),
                    "the Deployment's selector must match its pod labels: " + service);
            JsonNode container = template.path("spec").path("containers").path(0);
            assertEquals(port, container.path("ports").path(0).path("containerPort").asInt(), "container port of " + service);
            assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText(), service);
            assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText(), service);
            assertEquals("/q/health/started", container.path("startupProbe").path("httpGet").path("path").asText(), service);
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                assertEquals("http", container.path(probe).path("httpGet").path("port").asText(), probe + " of " + service);
            }
            assertFalse(container.path("resources").path("limits").path("memory").isMissingNode(), "memory limit of " + service);
            assertEquals("/q/metrics", template.path("metadata").path("annotations").path("prometheus.io/path").asText());

            JsonNode serviceDocument = only("Service", service);
            assertEquals(deployment.path("spec").path("selector").path("matchLabels"),
                    serviceDocument.path("spec").path("selector"), "the Service must select the Deployment's pods: " + service);
            assertEquals(port, serviceDocument.path("spec").path("ports").path(0).path("port").asInt(), "Service port of " + service);
        }
    }

    @Test
    void servicesReachKafkaElasticsearchAndPostgresWhereTheManifestsRunThem() {
        only("Kafka", "factstream");
        only("Elasticsearch", "factstream");
        only("Service", "postgres");
        for (String service : Repository.serviceModules()) {
            Map<String, JsonNode> env = environment(only("Deployment", service));
            assertEquals(KAFKA_BOOTSTRAP, env.get("KAFKA_BOOTSTRAP_SERVERS").path("value").asText(), service);
            if (env.containsKey("QUARKUS_ELASTICSEARCH_HOSTS")) {
                assertEquals(ELASTICSEARCH_HTTP, env.get("QUARKUS_ELASTICSEARCH_HOSTS").path("value").asText(), service);
                assertEquals("factstream-es-elastic-user", env.get("QUARKUS_ELASTICSEARCH_PASSWORD")
                        .path("valueFrom").path("secretKeyRef").path("name").asText(), "ECK's password Secret, " + service);
            }
            if (env.containsKey("QUARKUS_DATASOURCE_JDBC_URL")) {
                assertTrue(env.get("QUARKUS_DATASOURCE_JDBC_URL").path("value").asText()
                        .startsWith("jdbc:postgresql://postgres:5432/"), service);
            }
            Properties properties = Repository.applicationProperties(service);
            boolean usesElasticsearch = properties.stringPropertyNames().stream().anyMatch(key -> key.startsWith("quarkus.elasticsearch"))
                    || Repository.ROOT.resolve("services").resolve(service).resolve("src/main/resources/elasticsearch").toFile().isDirectory();
            boolean usesPostgres = properties.stringPropertyNames().stream().anyMatch(key -> key.startsWith("quarkus.datasource"));
            assertEquals(usesPostgres, env.containsKey("QUARKUS_DATASOURCE_JDBC_URL"), "PostgreSQL settings of " + service);
            if (usesElasticsearch) {
                assertTrue(env.containsKey("QUARKUS_ELASTICSEARCH_HOSTS"), "Elasticsearch settings of " + service);
            }
        }
    }

    @Test
    void topicsAreTheContractsWithTheirPartitionsAndCleanupPolicy() {
        Map<String, String> expected = new TreeMap<>();
        for (Topic topic : Topic.values()) {
            expected.put(topic.topicName(), topic.partitions() + " " + topic.cleanupPolicy());
        }
        Map<String, String> declared = new TreeMap<>();
        for (JsonNode topic : ofKind("KafkaTopic")) {
            assertEquals("factstream", topic.path("metadata").path("labels").path("strimzi.io/cluster").asText(),
                    "KafkaTopic " + topic.path("metadata").path("name").asText() + " must name its Kafka cluster");
            JsonNode spec = topic.path("spec");
            declared.put(spec.path("topicName").asText(),
                    spec.path("partitions").asInt() + " " + spec.path("config").path("cleanup.policy").asText());
        }
        assertEquals(expected, declared, "KafkaTopics differ from io.factstream.contracts.Topic");
    }

    @Test
    void infrastructureRunsTheLocalStacksVersions() {
        assertEquals(Repository.stackVariable("KAFKA_VERSION"),
                only("Kafka", "factstream").path("spec").path("kafka").path("version").asText());
        assertEquals(Repository.stackVariable("ES_VERSION"), only("Elasticsearch", "factstream").path("spec").path("version").asText());
        assertEquals("postgres:" + Repository.stackVariable("PG_VERSION").split("\\.")[0], only("StatefulSet", "postgres")
                .path("spec").path("template").path("spec").path("containers").path(0).path("image").asText());
        assertEquals("quay.io/debezium/connect:" + Repository.stackVariable("DEBEZIUM_VERSION"), only("Deployment", "connect")
                .path("spec").path("template").path("spec").path("containers").path(0).path("image").asText());
        assertEquals("false", only("Kafka", "factstream").path("spec").path("kafka").path("config")
                .path("auto.create.topics.enable").asText(), "topics come from the KafkaTopics only");
    }

    @Test
    void kedaScalesClaimExtractionOnTheLagOfWhatItReads() {
        JsonNode scaled = only("ScaledObject", "claim-extraction");
        assertEquals("claim-extraction", scaled.path("spec").path("scaleTargetRef").path("name").asText());
        only("Deployment", scaled.path("spec").path("scaleTargetRef").path("name").asText());
        JsonNode trigger = scaled.path("spec").path("triggers").path(0);
        assertEquals("kafka", trigger.path("type").asText());
        Properties properties = Repository.applicationProperties("claim-extraction");
        assertEquals(properties.getProperty("mp.messaging.incoming.articles-ingested.group.id"),
                trigger.path("metadata").path("consumerGroup").asText(), "consumer group");
        assertEquals(Topic.ARTICLES_INGESTED.topicName(), trigger.path("metadata").path("topic").asText());
        assertTrue(properties.getProperty("mp.messaging.incoming.articles-ingested.topic").contains("articles-ingested"));
        assertTrue(trigger.path("metadata").path("bootstrapServers").asText().startsWith("factstream-kafka-bootstrap."));
        assertTrue(scaled.path("spec").path("maxReplicaCount").asInt() <= Topic.ARTICLES_INGESTED.partitions(),
                "more instances than partitions would sit idle");
    }

    private static List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(document -> document.path("kind").asText().equals(kind)).toList();
    }

    private static JsonNode only(String kind, String name) {
        List<JsonNode> matching = ofKind(kind).stream()
                .filter(document -> document.path("metadata").path("name").asText().equals(name)).toList();
        if (matching.size() != 1) fail("expected one " + kind + " named " + name + ", found " + matching.size());
        return matching.getFirst();
    }

    /** The pod labels that the selector names, so that extra labels on the pods do not matter. */
    private static JsonNode selectorPart(JsonNode labels, JsonNode selector) {
        var part = new YAMLMapper().createObjectNode();
        selector.path("matchLabels").properties().forEach(label -> part.set(label.getKey(), labels.path(label.getKey())));
        return part;
    }

    private static Map<String, JsonNode> environment(JsonNode deployment) {
        Map<String, JsonNode> env = new TreeMap<>();
        deployment.path("spec").path("template").path("spec").path("containers").path(0).path("env")
                .forEach(variable -> env.put(variable.path("name").asText(), variable));
        return env;
    }
}
