package io.factstream.evidence.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.contracts.Stance;
import org.junit.jupiter.api.Test;

class StanceRuleTest {
    private final StanceRule rule = new StanceRule();
    private static final String CLAIM = "The Westport bridge reopened on Monday after 14 months of repairs.";

    @Test
    void restatementSupports() {
        assertEquals(Stance.SUPPORTS, rule.judge(CLAIM,
                "After 14 months of repairs, the Westport bridge reopened to traffic on Monday.").stance());
    }

    @Test
    void negationRefutes() {
        assertEquals(Stance.REFUTES, rule.judge(CLAIM,
                "The Westport bridge has not reopened on Monday despite 14 months of repairs.").stance());
    }

    @Test
    void differentNumberRefutes() {
        assertEquals(Stance.REFUTES, rule.judge(CLAIM,
                "The Westport bridge reopened on Monday after 9 months of repairs.").stance());
    }

    @Test
    void sharingOnlyANameIsNeutral() {
        StanceResult result = rule.judge(CLAIM, "Westport celebrated its annual music festival downtown.");
        assertEquals(Stance.NEUTRAL, result.stance());
    }
}
