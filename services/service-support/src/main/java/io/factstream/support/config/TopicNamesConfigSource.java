package io.factstream.support.config;

import io.factstream.contracts.Topic;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Exposes every {@link Topic} as {@code factstream.topic.<constant-in-kebab-case>}, so that channel
 * configuration names its topic as {@code ${factstream.topic.articles-ingested}} and topic names
 * stay defined in one place.
 */
public class TopicNamesConfigSource implements ConfigSource {
    private static final Map<String, String> TOPICS = Arrays.stream(Topic.values()).collect(Collectors.toMap(
            topic -> "factstream.topic." + topic.name().toLowerCase(Locale.ROOT).replace('_', '-'),
            Topic::topicName));

    @Override
    public Set<String> getPropertyNames() {
        return TOPICS.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return TOPICS.get(propertyName);
    }

    @Override
    public String getName() {
        return "factstream-topics";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
