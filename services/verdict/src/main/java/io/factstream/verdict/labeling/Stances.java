package io.factstream.verdict.labeling;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.Stance;
import java.util.List;

/**
 * The independent sources that take one stance on a claim, split by whether a verdict may rest on them: a source
 * counts when a rule decided its stance, or when at least {@value #SOURCES_WITHOUT_A_RULE} independent sources take
 * it. One source's stance from the stance model alone is shown but decides nothing.
 */
record Stances(List<Source> counted, List<Source> unconfirmed) {
    static final int SOURCES_WITHOUT_A_RULE = 2;

    static Stances of(List<Evidence> evidence, Stance stance) {
        List<Source> sources = Source.group(evidence.stream().filter(item -> item.stance() == stance).toList());
        if (sources.size() >= SOURCES_WITHOUT_A_RULE) {
            return new Stances(sources, List.of());
        }
        return new Stances(sources.stream().filter(Source::byRule).toList(),
                sources.stream().filter(source -> !source.byRule()).toList());
    }

    boolean any() {
        return !counted.isEmpty() || !unconfirmed.isEmpty();
    }
}
