package io.factstream.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.factstream.contracts.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests of deploy/kubernetes: each document well-formed for its kind, every service deployed with health
 * probes on its own port, the topics equal to the contract's, the infrastructure at the local stack's versions, KEDA
 * scaling claim-extraction on the consumer group and topic it really reads, and the secrets kept out of the manifests,
 * read from the Secret that docs/operations.md creates and checked (deploy/secrets/check-secrets.sh) before a pod starts.
 */
class KubernetesManifestsTest {
    private static final Path MANIFESTS = Repository.ROOT.resolve("deploy/kubernetes");
    private static final String NAMESPACE = "factstream";
    private static final String KAFKA_BOOTSTRAP = "factstream-kafka-bootstrap:9092";
    private static final String ELASTICSEARCH_HTTP = "factstream-es-http:9200";
    private static final String SECRET = "factstream-secrets";
    private static final String CHECK = "check-secrets";
    private static final String CHECK_CONFIG_MAP = "factstream-secrets-check";
    private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "Job");
    private static final Map<String, String> API_VERSIONS = Map.ofEntries(
            Map.entry("Namespace", "v1"), Map.entry("Service", "v1"),
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
            assertEquals(Repository.usesPostgres(service), env.containsKey("QUARKUS_DATASOURCE_JDBC_URL"),
                    "PostgreSQL settings of " + service);
            if (Repository.usesElasticsearch(service)) {
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

    @Test
    void noManifestHoldsASecret() {
        assertEquals(List.of(), ofKind("Secret").stream().map(KubernetesManifestsTest::nameOf).toList(),
                "Secrets are created by hand (docs/operations.md#kubernetes), so that no default reaches a cluster");
        for (JsonNode workload : workloads()) {
            for (JsonNode container : allContainers(podSpec(workload))) {
                for (JsonNode variable : container.path("env")) {
                    String name = variable.path("name").asText();
                    assertTrue(!Secrets.SECRET_VARIABLE.matcher(name).matches() || variable.path("valueFrom").has("secretKeyRef"),
                            nameOf(workload) + " has its " + name + " written into the manifest");
                }
            }
        }
    }

    @Test
    void everyWorkloadReadingTheSecretChecksItBeforeStarting() {
        for (JsonNode workload : workloads()) {
            JsonNode pod = podSpec(workload);
            Set<String> secrets = secretsRead(pod);
            if (secrets.isEmpty()) continue;
            String name = nameOf(workload);
            List<JsonNode> checks = new ArrayList<>();
            pod.path("initContainers").forEach(container -> {
                if (container.path("name").asText().equals(CHECK)) checks.add(container);
            });
            assertEquals(1, checks.size(), name + " reads " + secrets + ", so it needs the initContainer " + CHECK);
            JsonNode check = checks.getFirst();
            List<String> command = texts(check.path("command"));

            assertEquals(List.of("sh", scriptFolder(pod, check) + "/check-secrets.sh"), command.subList(0, 2),
                    "the command of " + CHECK + " in " + name + " should run the script of ConfigMap " + CHECK_CONFIG_MAP);
            assertEquals(secrets, new TreeSet<>(command.subList(2, command.size())), "what " + CHECK + " of " + name + " checks");
            for (String secret : secrets) {
                assertEquals(secret, secretIn(pod, check, secret), CHECK + " of " + name + " should be given " + secret);
            }
            for (JsonNode variable : check.path("env")) {
                JsonNode reference = variable.path("valueFrom").path("secretKeyRef");
                assertTrue(reference.isMissingNode() || reference.path("optional").asBoolean(), CHECK + " of " + name
                        + " should take " + variable.path("name").asText() + " as optional, so that it says what is missing");
            }
        }
    }

    @Test
    void eachWorkloadReadsTheSecretsItNeedsThroughItsOwnVariables() {
        for (String service : Repository.serviceModules()) {
            JsonNode pod = podSpec(only("Deployment", service));
            Set<String> secrets = new TreeSet<>(Secrets.readBy(service));
            secrets.remove(Secrets.ELASTIC_PASSWORD); // ECK makes it: servicesReachKafkaElasticsearchAndPostgres... checks
            assertEquals(secrets, secretsRead(pod), "keys of Secret " + SECRET + " read by " + service);
            for (String secret : secrets) {
                String variable = Secrets.SERVICE_VARIABLE.get(secret);
                assertEquals(secret, secretIn(pod, pod.path("containers").path(0), variable),
                        service + " should read " + secret + " from " + variable);
            }
        }
        JsonNode postgres = podSpec(only("StatefulSet", "postgres"));
        assertEquals(Secrets.POSTGRES_PASSWORD, secretIn(postgres, postgres.path("containers").path(0), "POSTGRES_PASSWORD"));
        JsonNode connect = podSpec(only("Deployment", "connect"));
        assertEquals(Secrets.POSTGRES_PASSWORD, secretIn(connect, connect.path("containers").path(0), Secrets.POSTGRES_PASSWORD),
                "Connect resolves the connectors' " + Secrets.CONNECTOR_PASSWORD + " from its environment");
        Map<String, JsonNode> connectEnvironment = environment(only("Deployment", "connect"));
        Secrets.CONNECT_ENVIRONMENT_PROVIDER.forEach((name, value) -> assertEquals(value,
                connectEnvironment.getOrDefault(name, MissingNode.getInstance()).path("value").asText(), "Connect's " + name));
    }

    @Test
    void theOperationsGuideCreatesTheSecretWithEveryKeyReadAndTheCheck() throws IOException {
        String guide = Files.readString(Repository.ROOT.resolve("docs/operations.md"));
        // the command and its continuation lines (ending in a backslash)
        Matcher command = Pattern.compile("create secret generic " + SECRET + "((?:.*\\\\\n)*.*)").matcher(guide);
        assertTrue(command.find(), "docs/operations.md should create Secret " + SECRET);
        Set<String> documented = new TreeSet<>();
        Matcher key = Pattern.compile("--from-(?:literal|file)=\"?([A-Za-z0-9_.-]+)=").matcher(command.group(1));
        while (key.find()) {
            documented.add(key.group(1));
        }
        Set<String> read = new TreeSet<>();
        workloads().forEach(workload -> read.addAll(secretsRead(podSpec(workload))));

        assertEquals(read, documented, "keys of Secret " + SECRET + " in docs/operations.md and read by the manifests");
        assertTrue(guide.contains("create configmap " + CHECK_CONFIG_MAP + " --from-file=deploy/secrets/check-secrets.sh"),
                "docs/operations.md should create ConfigMap " + CHECK_CONFIG_MAP);
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

    private static List<JsonNode> workloads() {
        return documents.stream().filter(document -> WORKLOAD_KINDS.contains(document.path("kind").asText())).toList();
    }

    private static String nameOf(JsonNode document) {
        return document.path("kind").asText() + " " + document.path("metadata").path("name").asText();
    }

    private static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    private static List<JsonNode> allContainers(JsonNode pod) {
        List<JsonNode> containers = new ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        return containers;
    }

    /** The pod's volume of that name; missing for a StatefulSet's volumeClaimTemplate. */
    private static JsonNode volume(JsonNode pod, String name) {
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.path("name").asText().equals(name)) return volume;
        }
        return MissingNode.getInstance();
    }

    /** The keys of the Secret that the pod's containers, not counting its initContainers, read. */
    private static Set<String> secretsRead(JsonNode pod) {
        Set<String> keys = new TreeSet<>();
        for (JsonNode container : pod.path("containers")) {
            for (JsonNode variable : container.path("env")) {
                JsonNode reference = variable.path("valueFrom").path("secretKeyRef");
                if (reference.path("name").asText().equals(SECRET)) keys.add(reference.path("key").asText());
            }
            for (JsonNode mount : container.path("volumeMounts")) {
                JsonNode secret = volume(pod, mount.path("name").asText()).path("secret");
                if (secret.path("secretName").asText().equals(SECRET)) {
                    secret.path("items").forEach(item -> keys.add(item.path("key").asText()));
                }
            }
        }
        return keys;
    }

    /** The key of the Secret that the container's variable holds, or whose file it names; null for neither. */
    private static String secretIn(JsonNode pod, JsonNode container, String variable) {
        for (JsonNode entry : container.path("env")) {
            if (!entry.path("name").asText().equals(variable)) continue;
            JsonNode reference = entry.path("valueFrom").path("secretKeyRef");
            if (reference.path("name").asText().equals(SECRET)) return reference.path("key").asText();
            for (JsonNode mount : container.path("volumeMounts")) {
                JsonNode secret = volume(pod, mount.path("name").asText()).path("secret");
                for (JsonNode item : secret.path("items")) {
                    String file = mount.path("mountPath").asText() + "/" + item.path("path").asText();
                    if (secret.path("secretName").asText().equals(SECRET) && entry.path("value").asText().equals(file)) {
                        return item.path("key").asText();
                    }
                }
            }
        }
        return null;
    }

    /** Where the container mounts ConfigMap factstream-secrets-check, the script. */
    private static String scriptFolder(JsonNode pod, JsonNode container) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (volume(pod, mount.path("name").asText()).path("configMap").path("name").asText().equals(CHECK_CONFIG_MAP)) {
                return mount.path("mountPath").asText();
            }
        }
        return fail(container.path("name").asText() + " does not mount ConfigMap " + CHECK_CONFIG_MAP);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static Map<String, JsonNode> environment(JsonNode deployment) {
        Map<String, JsonNode> env = new TreeMap<>();
        deployment.path("spec").path("template").path("spec").path("containers").path(0).path("env")
                .forEach(variable -> env.put(variable.path("name").asText(), variable));
        return env;
    }
}
