package io.factstream.evidence.recheck;

import io.factstream.contracts.Evidence;
import java.util.List;

/**
 * A claim's evidence as last published, and as which round.
 *
 * @param evidence null in rounds remembered before evidence was
 */
public record EvidenceRound(int round, List<Evidence> evidence) {

    List<Evidence> evidenceSoFar() {
        return evidence == null ? List.of() : evidence;
    }
}
