package io.factstream.evidence.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoundRulesTest {
    private static final Evidence EARLIER = item("https://outlet.example/earlier", 0.7);
    private static final Evidence FOUND = item("https://outlet.example/found", 0.8);

    @Test
    void aFirstSearchStartsRoundOneOrTheRoundAfterAnEarlierRevisionsWithNoEvidence() {
        assertEquals(new EvidenceRound(1, List.of()), RoundRules.firstSearch(null));
        assertEquals(new EvidenceRound(4, List.of()), RoundRules.firstSearch(new EvidenceRound(3, List.of(EARLIER))));
    }

    @Test
    void aFirstSearchSettlesInItsOwnRound() {
        RoundRules.Settled settled = RoundRules.settle(new EvidenceRound(1, List.of()), 1, List.of(FOUND));
        assertEquals(new EvidenceRound(1, List.of(FOUND)), settled.published());
        assertEquals(settled.published(), settled.stored());
    }

    @Test
    void aRecheckPublishedMeanwhileIsFollowedByARoundWithTheEvidenceOfBoth() {
        RoundRules.Settled settled = RoundRules.settle(new EvidenceRound(2, List.of(EARLIER)), 1, List.of(FOUND));
        assertEquals(new EvidenceRound(3, List.of(FOUND, EARLIER)), settled.published());
        assertEquals(settled.published(), settled.stored());
    }

    @Test
    void aFirstSearchWithoutAStoredRoundIsPublishedAndNothingStored() {
        RoundRules.Settled settled = RoundRules.settle(null, 1, List.of(FOUND));
        assertEquals(new EvidenceRound(1, List.of(FOUND)), settled.published());
        assertNull(settled.stored());
    }

    @Test
    void newEvidenceMakesTheNextRoundOnlyWhenSomeOfItIsKept() {
        EvidenceRound full = new EvidenceRound(2, List.of(item("https://a.example", 0.9), item("https://b.example",
                0.9), item("https://c.example", 0.9), item("https://d.example", 0.9), item("https://e.example", 0.9)));
        assertEquals(Optional.of(new EvidenceRound(3, List.of(FOUND, EARLIER))),
                RoundRules.withNewEvidence(new EvidenceRound(2, List.of(EARLIER)), List.of(FOUND)));
        assertTrue(RoundRules.withNewEvidence(full, List.of(FOUND)).isEmpty(), "less relevant than all five kept");
        assertTrue(RoundRules.withNewEvidence(null, List.of(FOUND)).isEmpty(), "a claim never searched");
    }

    private static Evidence item(String url, double score) {
        return new Evidence(EvidenceKind.CROSS_REFERENCE, Stance.SUPPORTS, url, "outlet.example", url,
                "The Harlow ferry resumed its crossings on Monday.", score, null, StanceBasis.RULE, null);
    }
}
