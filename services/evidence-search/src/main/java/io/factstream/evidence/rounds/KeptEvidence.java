package io.factstream.evidence.rounds;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a claim's evidence keeps: the most relevant cross-references from other outlets, then the most relevant
 * reference-corpus passages, then the closest fact-checks of the same claim, each best first. One passage judged
 * twice is kept once, as judged last.
 */
public final class KeptEvidence {
    static final int CROSS_REFERENCES = 5;
    static final int REFERENCES = 3;
    static final int FACT_CHECKS = 3;

    private KeptEvidence() {
    }

    /** @param items evidence in the order found: a later judgement of one passage replaces an earlier one */
    public static List<Evidence> of(Collection<Evidence> items) {
        Map<String, Evidence> byPassage = new LinkedHashMap<>();
        items.forEach(item -> byPassage.put(item.url() + "\n" + item.snippet(), item));
        List<Evidence> kept = new ArrayList<>(best(byPassage.values(), EvidenceKind.CROSS_REFERENCE, CROSS_REFERENCES));
        kept.addAll(best(byPassage.values(), EvidenceKind.REFERENCE, REFERENCES));
        kept.addAll(best(byPassage.values(), EvidenceKind.FACT_CHECK, FACT_CHECKS));
        return kept;
    }

    private static List<Evidence> best(Collection<Evidence> items, EvidenceKind kind, int limit) {
        return items.stream()
                .filter(item -> item.kind() == kind)
                .sorted(Comparator.comparingDouble(Evidence::score).reversed())
                .limit(limit)
                .toList();
    }
}
