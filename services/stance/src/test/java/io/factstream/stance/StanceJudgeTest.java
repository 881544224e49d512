package io.factstream.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.embedding.SentenceEmbedder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StanceJudgeTest {
    private static final String CLAIM = "The Westport bridge reopened on Monday after 14 months of repairs.";
    private static final EvidenceKind NEWS = EvidenceKind.CROSS_REFERENCE;
    private final StanceJudge judge = new StanceJudge(SentenceEmbedder.shared(), StanceModel.shipped());

    @Test
    void restatementSupports() {
        StanceResult result = judge.judge(CLAIM,
                "After 14 months of repairs, the Westport bridge reopened to traffic on Monday.");
        assertEquals(Stance.SUPPORTS, result.stance());
        assertTrue(result.relevant(), "a restatement is relevant: " + result);
    }

    @Test
    void negationRefutes() {
        assertRefutes(Contradiction.NEGATION,
                "The Westport bridge has not reopened on Monday despite 14 months of repairs.");
    }

    @Test
    void differentNumberRefutes() {
        assertRefutes(Contradiction.NUMBER, "The Westport bridge reopened on Monday after 9 months of repairs.");
    }

    @Test
    void differentDateRefutes() {
        assertRefutes(Contradiction.DATE, "The Westport bridge reopened on Saturday after 14 months of repairs.");
    }

    @Test
    void differentPlaceRefutes() {
        assertRefutes(Contradiction.NAME, "The Eastport bridge reopened on Monday after 14 months of repairs.");
    }

    @Test
    void quoteGivenToSomeoneElseRefutes() {
        StanceResult result = judge.judge("\"The bridge is safe for heavy trucks,\" said engineer Mara Olsen.",
                "\"The bridge is safe for heavy trucks,\" said councillor Jonas Peck.");
        assertEquals(Stance.REFUTES, result.stance());
        assertEquals(Contradiction.QUOTE_ATTRIBUTION, result.contradiction());
    }

    @Test
    void sharingOnlyANameIsNeutralAndBelowTheRelevanceBar() {
        StanceResult result = judge.judge(CLAIM, "Westport celebrated its annual music festival downtown.");
        assertEquals(Stance.NEUTRAL, result.stance());
        assertFalse(result.relevant(), "not evidence: " + result);
    }

    @Test
    void aSimilarStatementAboutOtherNamesIsNotEvidence() {
        StanceResult result = judge.judge("The Orsk observatory opened its new telescope dome to visitors on Thursday "
                + "after a two-year expansion.", "Vellmar opened its new public library on Saturday, welcoming 4,000 "
                + "visitors to the library in the first weekend.");
        assertFalse(result.relevant(), "about another town's library: " + result);
    }

    @Test
    void aPassageOnTheSameSubjectThatSaysLittleOfTheClaimIsNotEvidence() {
        StanceResult result = judge.judge("After 14 months of repairs, the Westport harbour bridge reopened to traffic "
                + "on Monday.", "The Westport harbour authority is the public body that manages the Port of Westport, "
                + "its quays and its fish auction.");
        assertFalse(result.relevant(), "the harbour authority is not the bridge: " + result);
    }

    @Test
    void theSameSentenceFromAnArticleAboutOtherPlacesAndPeopleIsNotEvidence() {
        String claim = "The bridge reopened on Monday after 14 months of repairs.";
        String evidence = "After 14 months of repairs, the bridge reopened to traffic on Monday.";
        List<float[]> embeddings = SentenceEmbedder.shared().embedAll(List.of(claim, evidence));
        Statement claimInWestport = new Statement(claim, embeddings.get(0), Set.of("Westport", "Lina Ortiz"));

        StanceResult elsewhere = judge.judge(claimInWestport,
                new Statement(evidence, embeddings.get(1), Set.of("Kingsferry", "Port Authority of Kingsferry")), NEWS);
        assertFalse(elsewhere.relevant(), "another town's bridge: " + elsewhere);
        StanceResult sameTown = judge.judge(claimInWestport,
                new Statement(evidence, embeddings.get(1), Set.of("Westport Council")), NEWS);
        assertEquals(Stance.SUPPORTS, sameTown.stance(), sameTown.toString());
        StanceResult unknown = judge.judge(claimInWestport, Statement.withoutArticle(evidence, embeddings.get(1)), NEWS);
        assertEquals(Stance.SUPPORTS, unknown.stance(), "an article whose names are not known: " + unknown);
    }

    @Test
    void judgesManySentencesInOrder() {
        List<StanceResult> results = judge.judgeAll(CLAIM, List.of(
                "The Westport bridge did not reopen on Monday after 14 months of repairs.",
                "A bakery in Lisbon won a prize for its custard tarts."), NEWS);
        assertEquals(List.of(Stance.REFUTES, Stance.NEUTRAL), results.stream().map(StanceResult::stance).toList());
    }

    @Test
    void judgesPrecomputedEmbeddingsAsItsOwn() {
        List<String> evidence = List.of("The Westport bridge did not reopen on Monday after 14 months of repairs.",
                "A bakery in Lisbon won a prize for its custard tarts.");
        List<float[]> embeddings = SentenceEmbedder.shared().embedAll(List.of(CLAIM, evidence.get(0), evidence.get(1)));
        List<StanceResult> results = judge.judgeAll(Statement.withoutArticle(CLAIM, embeddings.getFirst()), List.of(
                Statement.withoutArticle(evidence.get(0), embeddings.get(1)),
                Statement.withoutArticle(evidence.get(1), embeddings.get(2))), NEWS);
        assertEquals(judge.judgeAll(CLAIM, evidence, NEWS), results);
    }

    private void assertRefutes(Contradiction expected, String evidence) {
        StanceResult result = judge.judge(CLAIM, evidence);
        assertEquals(Stance.REFUTES, result.stance(), result.toString());
        assertEquals(expected, result.contradiction(), result.toString());
    }
}
