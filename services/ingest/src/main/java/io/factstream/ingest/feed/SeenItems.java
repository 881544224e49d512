package io.factstream.ingest.feed;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The keys of the items last accepted from one feed; the oldest are forgotten beyond the capacity. */
final class SeenItems {
    private final Set<String> keys;

    SeenItems(int capacity) {
        keys = Collections.newSetFromMap(new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        });
    }

    boolean contains(String key) {
        return keys.contains(key);
    }

    void add(String key) {
        keys.add(key);
    }
}
