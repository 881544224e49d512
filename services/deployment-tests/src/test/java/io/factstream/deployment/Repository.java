package io.factstream.deployment;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the deployment descriptions are checked against: the service modules and the local stack's script. */
final class Repository {
    static final Path ROOT = root();
    private static final String APPLICATION_PROPERTIES = "src/main/resources/application.properties";

    private Repository() {
    }

    /** The service folders: those with an application.properties. */
    static List<String> serviceModules() {
        try (Stream<Path> folders = Files.list(ROOT.resolve("services"))) {
            return folders.filter(folder -> Files.exists(folder.resolve(APPLICATION_PROPERTIES)))
                    .map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties applicationProperties(String service) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(ROOT.resolve("services").resolve(service).resolve(APPLICATION_PROPERTIES))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static boolean usesPostgres(String service) {
        return configures(service, "quarkus.datasource");
    }

    static boolean usesElasticsearch(String service) {
        return configures(service, "quarkus.elasticsearch")
                || Files.isDirectory(ROOT.resolve("services").resolve(service).resolve("src/main/resources/elasticsearch"));
    }

    private static boolean configures(String service, String prefix) {
        return applicationProperties(service).stringPropertyNames().stream().anyMatch(key -> key.startsWith(prefix));
    }

    static String applicationPropertiesText(String service) {
        try {
            return Files.readString(ROOT.resolve("services").resolve(service).resolve(APPLICATION_PROPERTIES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Integer httpPort(String service) {
        String port = applicationProperties(service).getProperty("quarkus.http.port");
        return port == null ? null : Integer.valueOf(port.trim());
    }

    static String stackScript() {
        try {
            return Files.readString(ROOT.resolve("deploy/local/stack.sh"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A variable that deploy/local/stack.sh sets, such as {@code KAFKA_VERSION}. */
    static String stackVariable(String name) {
        Matcher assignment = Pattern.compile("(?m)^" + name + "=(\\S+)$").matcher(stackScript());
        if (!assignment.find()) fail("deploy/local/stack.sh no longer sets " + name);
        return assignment.group(1);
    }

    private static Path root() {
        return Stream.of(System.getProperty("factstream.repo", ""), "../..")
                .filter(candidate -> !candidate.isEmpty())
                .map(candidate -> Path.of(candidate).toAbsolutePath().normalize())
                .filter(candidate -> Files.exists(candidate.resolve("deploy/local/stack.sh")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("repository root not found (system property factstream.repo)"));
    }
}
