package io.factstream.verdict.labeling;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One independent source: evidence items from the same outlet, or reprints of the same origin, are one
 * source however many there are.
 */
record Source(List<Evidence> items) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** The independent sources among {@code evidence}, in order of first appearance. */
    static List<Source> group(List<Evidence> evidence) {
        List<Source> sources = new ArrayList<>();
        Map<String, Source> byIdentity = new HashMap<>();
        for (Evidence item : evidence) {
            List<String> keys = identityKeys(item);
            Source source = keys.stream().map(byIdentity::get).filter(Objects::nonNull).findFirst().orElse(null);
            if (source == null) {
                source = new Source(new ArrayList<>());
                sources.add(source);
            }
            source.items.add(item);
            for (String key : keys) {
                byIdentity.putIfAbsent(key, source);
            }
        }
        return sources;
    }

    private static List<String> identityKeys(Evidence item) {
        List<String> keys = new ArrayList<>(2);
        if (item.outlet() != null) {
            keys.add("outlet:" + item.outlet());
        }
        if (item.originId() != null) {
            keys.add("origin:" + item.originId());
        }
        return keys;
    }

    /** Some item was judged by a rule whose reason can be checked, not by the stance model alone. */
    boolean byRule() {
        return items.stream().anyMatch(Evidence::byRule);
    }

    /** How an explanation names it and what decided its stance: "b.example (2026-11-23): date differs: ...". */
    String nameAndReason() {
        String reason = items.stream().filter(Evidence::byRule).map(Evidence::reason).filter(Objects::nonNull)
                .findFirst().orElse(byRule() ? null : "stance model");
        return reason == null ? name() : name() + ": " + reason;
    }

    /** A reference corpus or a fact-checker's rating of the same claim: either confirms a claim alone. */
    boolean isReference() {
        return kind() != EvidenceKind.CROSS_REFERENCE;
    }

    EvidenceKind kind() {
        return items.getFirst().kind();
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }

    /** How an explanation names it: the outlet (or reference title) of its first item, with its date when known. */
    String name() {
        Evidence first = items.getFirst();
        String name = first.kind() == EvidenceKind.REFERENCE ? "reference \"" + first.outlet() + "\"" : first.outlet();
        return first.publishedAt() == null ? name : name + " (" + DAY.format(first.publishedAt()) + ")";
    }
}
