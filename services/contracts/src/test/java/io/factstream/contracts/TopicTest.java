package io.factstream.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopicTest {

    @Test
    void topicNamesAreUnique() {
        Set<String> names = Arrays.stream(Topic.values()).map(Topic::topicName).collect(Collectors.toSet());
        assertEquals(Topic.values().length, names.size());
    }
}
