package io.factstream.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The secrets that deploy/secrets/check-secrets.sh checks, each named by its variable (also the key of the Kubernetes
 * Secret): which service reads which, and through which of its own variables.
 */
final class Secrets {
    static final String POSTGRES_PASSWORD = "FACTSTREAM_POSTGRES_PASSWORD";
    static final String ELASTIC_PASSWORD = "FACTSTREAM_ELASTIC_PASSWORD";
    static final String EDITORS_ACCOUNTS_FILE = "FACTSTREAM_EDITORS_ACCOUNTS_FILE";
    /** A variable that must never be written into a deployment description, by its name. */
    static final Pattern SECRET_VARIABLE = Pattern.compile(".*(PASSWORD|_KEYS?)");
    /** A connector's {@code database.password}: resolved by Kafka Connect from the worker's environment. */
    static final String CONNECTOR_PASSWORD = "${env:" + POSTGRES_PASSWORD + "}";
    static final Map<String, String> CONNECT_ENVIRONMENT_PROVIDER = Map.of("CONNECT_CONFIG_PROVIDERS", "env",
            "CONNECT_CONFIG_PROVIDERS_ENV_CLASS", "org.apache.kafka.common.config.provider.EnvVarConfigProvider");

    /** Secret to the variable a service reads it from; the accounts file's variable names a file that holds the secret. */
    static final Map<String, String> SERVICE_VARIABLE = Map.of(
            POSTGRES_PASSWORD, "QUARKUS_DATASOURCE_PASSWORD",
            ELASTIC_PASSWORD, "QUARKUS_ELASTICSEARCH_PASSWORD",
            "FACTSTREAM_INGEST_API_KEYS", "FACTSTREAM_INGEST_API_KEYS",
            "FACTSTREAM_SESSION_KEY", "FACTSTREAM_SESSION_KEY",
            EDITORS_ACCOUNTS_FILE, EDITORS_ACCOUNTS_FILE);
    /** The secrets a service reads because its application.properties names their property. */
    private static final Map<String, String> PROPERTY = Map.of(
            "FACTSTREAM_INGEST_API_KEYS", "factstream.ingest.api-keys",
            "FACTSTREAM_SESSION_KEY", "quarkus.http.auth.session.encryption-key",
            EDITORS_ACCOUNTS_FILE, "factstream.editors.accounts-file");

    private Secrets() {
    }

    /** The secrets the service reads: the passwords of the servers it uses and those its configuration names. */
    static Set<String> readBy(String service) {
        Set<String> secrets = new TreeSet<>();
        if (Repository.usesPostgres(service)) secrets.add(POSTGRES_PASSWORD);
        if (Repository.usesElasticsearch(service)) secrets.add(ELASTIC_PASSWORD);
        String properties = Repository.applicationPropertiesText(service);
        PROPERTY.forEach((secret, property) -> {
            if (properties.contains(property)) secrets.add(secret);
        });
        return secrets;
    }

    /** deploy/compose/env.example: variable to placeholder. */
    static Map<String, String> composeExample() {
        try {
            Map<String, String> example = new TreeMap<>();
            Files.readAllLines(Repository.ROOT.resolve("deploy/compose/env.example")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> example.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
            return example;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
