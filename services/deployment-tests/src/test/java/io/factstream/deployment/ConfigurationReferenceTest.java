package io.factstream.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/configuration.md names every Factstream property that the services read or document. */
class ConfigurationReferenceTest {
    /**
     * A property read by {@code @ConfigProperty(name = ...)}, a {@code @ConfigMapping} prefix, or a key (set or shown
     * commented out) of a service's application.properties. Topic names are fixed by the contracts, not settings.
     */
    private static final Pattern PROPERTY = Pattern.compile(
            "(?:name = \"|prefix = \"|(?m)^#? ?)(factstream\\.(?!topic\\.)[a-z0-9.-]+[a-z0-9])");

    @Test
    void everyFactstreamPropertyIsInTheReference() throws IOException {
        Set<String> properties = propertiesInSources();
        assertTrue(properties.size() >= 15, "the scan found too few properties to be working: " + properties);
        String reference = Files.readString(Repository.ROOT.resolve("docs/configuration.md"));

        Set<String> missing = new TreeSet<>(properties);
        missing.removeIf(property -> reference.contains("`" + property));
        assertEquals(Set.of(), missing, "properties missing from docs/configuration.md");
    }

    private static Set<String> propertiesInSources() throws IOException {
        Set<String> properties = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Repository.ROOT.resolve("services"))) {
            for (Path file : files.filter(ConfigurationReferenceTest::isMainSource).toList()) {
                Matcher matcher = PROPERTY.matcher(Files.readString(file));
                while (matcher.find()) {
                    properties.add(matcher.group(1));
                }
            }
        }
        return properties;
    }

    private static boolean isMainSource(Path file) {
        String path = file.toString();
        return path.contains("/src/main/") && (path.endsWith(".java") || path.endsWith("application.properties"));
    }
}
