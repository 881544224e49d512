package io.factstream.verdict.labeling;

import io.factstream.contracts.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups evidence into independent sources: items from the same outlet, or reprints of the same
 * origin, are one source however many there are.
 */
final class Sources {
    private Sources() {
    }

    /** Each inner list is one independent source, in order of first appearance. */
    static List<List<Evidence>> independent(List<Evidence> evidence) {
        List<List<Evidence>> sources = new ArrayList<>();
        Map<String, List<Evidence>> byIdentity = new LinkedHashMap<>();
        for (Evidence item : evidence) {
            List<Evidence> source = find(byIdentity, item);
            if (source == null) {
                source = new ArrayList<>();
                sources.add(source);
            }
            source.add(item);
            register(byIdentity, item, source);
        }
        return sources;
    }

    private static List<Evidence> find(Map<String, List<Evidence>> byIdentity, Evidence item) {
        List<Evidence> byOutlet = item.outlet() == null ? null : byIdentity.get("outlet:" + item.outlet());
        return byOutlet != null ? byOutlet : item.originId() == null ? null : byIdentity.get("origin:" + item.originId());
    }

    private static void register(Map<String, List<Evidence>> byIdentity, Evidence item, List<Evidence> source) {
        if (item.outlet() != null) {
            byIdentity.putIfAbsent("outlet:" + item.outlet(), source);
        }
        if (item.originId() != null) {
            byIdentity.putIfAbsent("origin:" + item.originId(), source);
        }
    }
}
