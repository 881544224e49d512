package io.factstream.verdict.labeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.contracts.VerdictLabel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant LAST_WEEK = NOW.minus(Duration.ofDays(7));
    private final VerdictRules rules = new VerdictRules(Duration.ofDays(2));

    private static Evidence crossReference(String outlet, String originId, Stance stance) {
        return new Evidence(EvidenceKind.CROSS_REFERENCE, stance, "https://" + outlet + "/story", outlet, originId,
                "snippet", 0.8, NOW);
    }

    private static Evidence reference(Stance stance) {
        return new Evidence(EvidenceKind.REFERENCE, stance, "https://reference.example/bridge", "Westport Bridge",
                null, "snippet", 0.8, null);
    }

    private Decision decide(Instant publishedAt, Evidence... evidence) {
        return rules.decide(List.of(evidence), publishedAt, NOW);
    }

    @Test
    void referenceSupportWithoutRefutationIsVerified() {
        Decision decision = decide(NOW, reference(Stance.SUPPORTS), crossReference("b.example", "b1", Stance.NEUTRAL));
        assertEquals(VerdictLabel.VERIFIED_BY_REFERENCE, decision.label());
        assertTrue(decision.explanation().contains("reference \"Westport Bridge\""), decision.explanation());
    }

    @Test
    void twoIndependentOutletsCorroborate() {
        Decision decision = decide(NOW, crossReference("b.example", "b1", Stance.SUPPORTS),
                crossReference("c.example", "c1", Stance.SUPPORTS));
        assertEquals(VerdictLabel.CORROBORATED, decision.label());
        assertTrue(decision.explanation().contains("b.example") && decision.explanation().contains("c.example"));
    }

    @Test
    void reprintsOfOneOriginAndOneOutletCountOnce() {
        assertEquals(VerdictLabel.SINGLE_SOURCE, decide(NOW,
                crossReference("b.example", "wire1", Stance.SUPPORTS),
                crossReference("c.example", "wire1", Stance.SUPPORTS),
                crossReference("b.example", "b2", Stance.SUPPORTS)).label());
    }

    @Test
    void refutationWithoutSupportContradicts() {
        Decision decision = decide(NOW, crossReference("b.example", "b1", Stance.REFUTES));
        assertEquals(VerdictLabel.CONTRADICTED, decision.label());
        assertTrue(decision.explanation().contains("no source supports it"));
    }

    @Test
    void supportAndRefutationAreDisputed() {
        assertEquals(VerdictLabel.DISPUTED, decide(NOW, reference(Stance.SUPPORTS),
                crossReference("b.example", "b1", Stance.REFUTES)).label());
    }

    @Test
    void noEvidenceIsPendingWhileRecentThenInsufficient() {
        assertEquals(VerdictLabel.PENDING, decide(NOW).label());
        assertEquals(VerdictLabel.INSUFFICIENT_EVIDENCE, decide(LAST_WEEK).label());
        assertEquals(VerdictLabel.INSUFFICIENT_EVIDENCE,
                decide(LAST_WEEK, crossReference("b.example", "b1", Stance.NEUTRAL)).label());
    }

    @Test
    void explanationNeverClaimsSupportTheEvidenceLacks() {
        for (Decision decision : List.of(decide(NOW), decide(LAST_WEEK),
                decide(NOW, crossReference("b.example", "b1", Stance.REFUTES)),
                decide(NOW, crossReference("b.example", "b1", Stance.NEUTRAL)))) {
            String text = decision.explanation().toLowerCase();
            assertFalse(text.contains("supported by") || text.contains("corroborated by")
                    || text.contains("corpus supports"), decision.toString());
        }
    }
}
