package io.factstream.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rules of {@link SameClaim} on sentences given the same meaning, so that only the rules decide. */
class SameClaimTest {
    private static final float[] MEANING = {0.6f, 0.8f};
    private static final float[] ANOTHER_MEANING = {0.8f, -0.6f};

    private static SameClaim.Comparison compare(String claim, String speaker, String reviewed, String claimant) {
        return SameClaim.compare(Statement.withoutArticle(claim, MEANING), speaker,
                Statement.withoutArticle(reviewed, MEANING), claimant);
    }

    @Test
    void aRestatementWithTheSameFiguresInOtherFormsIsTheSameClaim() {
        SameClaim.Comparison comparison = compare("Mayor Lina Ortiz said the council spent $12,000,000 on a bridge "
                + "that was never built.", "Lina Ortiz", "The Westport council spent 12 million dollars on a bridge "
                + "that was never built.", "Lina Ortiz");
        assertTrue(comparison.same(), comparison.reason());
        assertTrue(comparison.reason().startsWith("the same claim: similarity 1.00"), comparison.reason());
    }

    @Test
    void aFigureTheFactCheckDoesNotGiveIsAnotherClaim() {
        assertEquals("the fact-check does not give the figure 40 votes", compare("Bill Nelson missed more than 40 votes "
                + "in the Senate.", null, "Bill Nelson missed 56 percent of his votes in the House.", null).conflict());
        assertTrue(compare("The council spent 12 million dollars on the bridge.", null,
                "The council spent 12 million dollars on the bridge and 3 million dollars on roads.", null).same(),
                "a partial restatement leaves figures out");
    }

    @Test
    void anotherSpeakerOrDenialIsAnotherClaim() {
        assertEquals("said by Tom Haller, the fact-check's claim by Lina Ortiz", compare("Tom Haller said the dam "
                + "was never inspected.", "Tom Haller", "The Halvern dam was never inspected.", "Lina Ortiz")
                .conflict());
        assertEquals("one denies what the other states", compare("The Halvern dam was inspected last year.", null,
                "The Halvern dam was not inspected last year.", null).conflict());
    }

    @Test
    void aClaimFarInMeaningIsNotTheSame() {
        SameClaim.Comparison comparison = SameClaim.compare(Statement.withoutArticle("The dam was inspected.",
                MEANING), null, Statement.withoutArticle("The dam was inspected.", ANOTHER_MEANING), null);
        assertFalse(comparison.same());
        assertTrue(comparison.reason().startsWith("not close: similarity 0.00"), comparison.reason());
    }
}
