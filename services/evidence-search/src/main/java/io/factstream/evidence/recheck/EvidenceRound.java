package io.factstream.evidence.recheck;

import io.factstream.contracts.Evidence;
import java.util.List;

/** A claim's evidence as last published, and as which round. */
public record EvidenceRound(int round, List<Evidence> evidence) {
}
