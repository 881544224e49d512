package io.factstream.evidence.rounds;

import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.Evidence;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How a claim's evidence rounds follow one another, as plain functions of the round stored (null when none) and what
 * a search found; {@link EvidenceRounds} reads and writes the rounds around them.
 */
final class RoundRules {
    private RoundRules() {
    }

    /**
     * The round a claim's first search starts: 1, or the next one when its article's new revision brought the claim
     * again (its text may have changed, so its evidence is forgotten).
     */
    static EvidenceRound firstSearch(EvidenceRound stored) {
        return new EvidenceRound(stored == null ? ClaimEvidence.FIRST_ROUND : stored.round() + 1, List.of());
    }

    /** What to store after a first search, if anything, and the round to publish. */
    record Settled(EvidenceRound stored, EvidenceRound published) {
    }

    /**
     * A first search settles in the round it started; when a re-check published a round of the claim meanwhile
     * (passages that arrived during the search), the evidence of both is published as the round after it.
     */
    static Settled settle(EvidenceRound stored, int firstRound, List<Evidence> found) {
        if (stored == null) {
            return new Settled(null, new EvidenceRound(firstRound, found));
        }
        List<Evidence> merged = KeptEvidence.of(concat(stored.evidence(), found));
        int round = stored.round() == firstRound ? firstRound : stored.round() + 1;
        EvidenceRound settled = new EvidenceRound(round, merged);
        return new Settled(settled, settled);
    }

    /**
     * The claim's next round when any of the newly found evidence is kept (it is more relevant than what the claim
     * has); none for a claim without rounds, or when nothing new is kept.
     */
    static Optional<EvidenceRound> withNewEvidence(EvidenceRound stored, List<Evidence> found) {
        if (stored == null) {
            return Optional.empty();
        }
        List<Evidence> merged = KeptEvidence.of(concat(stored.evidence(), found));
        if (merged.stream().noneMatch(found::contains)) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceRound(stored.round() + 1, merged));
    }

    private static List<Evidence> concat(List<Evidence> first, List<Evidence> then) {
        return Stream.concat(first.stream(), then.stream()).toList();
    }
}
