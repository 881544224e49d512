package io.factstream.verdict.labeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.FactCheckRating;
import io.factstream.contracts.FactCheckRating.NormalisedRating;
import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;
import io.factstream.contracts.VerdictLabel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictRulesTest {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant LAST_WEEK = NOW.minus(Duration.ofDays(7));
    static final String OWN_OUTLET = "a.example";
    private final VerdictRules rules = new VerdictRules(Duration.ofDays(2));

    /** A passage whose stance a rule decided, with no reason given. */
    static Evidence crossReference(String outlet, String originId, Stance stance) {
        return crossReference(outlet, originId, stance, StanceBasis.RULE, null);
    }

    static Evidence crossReference(String outlet, String originId, Stance stance, StanceBasis basis, String reason) {
        return new Evidence(EvidenceKind.CROSS_REFERENCE, stance, "https://" + outlet + "/" + originId, outlet,
                originId, "snippet", 0.8, NOW, basis, reason);
    }

    static Evidence reference(String title, Stance stance) {
        return new Evidence(EvidenceKind.REFERENCE, stance, "https://reference.example/" + title.replace(' ', '_'),
                title, null, "snippet", 0.8, null, StanceBasis.RULE, null);
    }

    static Evidence factCheck(String published, NormalisedRating rating, Instant reviewed) {
        return new Evidence(EvidenceKind.FACT_CHECK, rating.stance(), null, "PolitiFact", "PolitiFact",
                "The council spent 12 million dollars on a bridge.", 0.9, reviewed, StanceBasis.RULE,
                "the same claim: similarity 0.90, 80% of its words",
                new FactCheckRating(published, rating, "Lina Ortiz"));
    }

    private Decision decide(Instant publishedAt, Evidence... evidence) {
        return rules.decide(List.of(evidence), OWN_OUTLET, publishedAt, "en", NOW);
    }

    @Test
    void aClaimInALanguageThePipelineDoesNotReadIsNotCheckedWhateverTheEvidence() {
        Decision decision = rules.decide(List.of(crossReference("b.example", "b1", Stance.SUPPORTS),
                crossReference("c.example", "c1", Stance.SUPPORTS)), OWN_OUTLET, NOW, "de", NOW);
        assertEquals(VerdictLabel.NOT_CHECKED, decision.label());
        assertEquals("Not checked: language de is not supported yet.", decision.explanation());
        assertEquals(VerdictLabel.PENDING, rules.decide(List.of(), OWN_OUTLET, NOW, "und", NOW).label(),
                "a text too short to tell its language is read as English");
    }

    @Test
    void aFactCheckRatingTheSameClaimFalseContradictsItAndLeadsTheExplanation() {
        Decision decision = decide(LAST_WEEK, factCheck("Pants on Fire", NormalisedRating.FALSE,
                Instant.parse("2016-03-02T00:00:00Z")), crossReference("b.example", "b1", Stance.NEUTRAL));
        assertEquals(VerdictLabel.CONTRADICTED, decision.label());
        assertEquals("PolitiFact rated a matching claim 'Pants on Fire' (2016-03-02). Refuted by PolitiFact "
                + "(2016-03-02): the same claim: similarity 0.90, 80% of its words. No source supports it.",
                decision.explanation());
    }

    @Test
    void aFactCheckRatingItTrueConfirmsItAndAMixedRatingDecidesNothing() {
        Decision trueRating = decide(LAST_WEEK, factCheck("Mostly True", NormalisedRating.MOSTLY_TRUE, null));
        assertEquals(VerdictLabel.VERIFIED_BY_REFERENCE, trueRating.label());
        assertTrue(trueRating.explanation().startsWith("PolitiFact rated a matching claim 'Mostly True'. "
                + "A fact-checker rated the same claim true. Supported by PolitiFact:"), trueRating.explanation());

        Decision halfTrue = decide(LAST_WEEK, factCheck("Half True", NormalisedRating.MIXED, null),
                crossReference("b.example", "b1", Stance.SUPPORTS));
        assertEquals(VerdictLabel.SINGLE_SOURCE, halfTrue.label(), "the outlet's support decides, not the rating");
        assertTrue(halfTrue.explanation().startsWith("PolitiFact rated a matching claim 'Half True'. Only one"),
                halfTrue.explanation());
    }

    @Test
    void aFactCheckAgainstAnOutletsSupportIsDisputed() {
        Decision decision = decide(LAST_WEEK, factCheck("False", NormalisedRating.FALSE, null),
                crossReference("b.example", "b1", Stance.SUPPORTS));
        assertEquals(VerdictLabel.DISPUTED, decision.label());
    }

    @Test
    void referenceSupportWithoutRefutationIsVerified() {
        Decision decision = decide(NOW, reference("Westport Bridge", Stance.SUPPORTS),
                crossReference("b.example", "b1", Stance.NEUTRAL));
        assertEquals(VerdictLabel.VERIFIED_BY_REFERENCE, decision.label());
        assertEquals("The reference corpus confirms it. Supported by reference \"Westport Bridge\". "
                + "Nothing found refutes it.", decision.explanation());
    }

    @Test
    void twoIndependentOutletsCorroborate() {
        Decision decision = decide(NOW, crossReference("b.example", "b1", Stance.SUPPORTS),
                crossReference("c.example", "c1", Stance.SUPPORTS));
        assertEquals(VerdictLabel.CORROBORATED, decision.label());
        assertEquals("2 independent outlets report the same. Supported by b.example (2026-11-23); "
                + "c.example (2026-11-23). Nothing found refutes it.", decision.explanation());
    }

    @Test
    void oneOtherOutletIsASingleSource() {
        Decision decision = decide(NOW, crossReference("b.example", "b1", Stance.SUPPORTS));
        assertEquals(VerdictLabel.SINGLE_SOURCE, decision.label());
        assertTrue(decision.explanation().contains("Supported by b.example (2026-11-23)."), decision.explanation());
    }

    @Test
    void reprintsOfOneOriginAndOneOutletCountOnce() {
        assertEquals(VerdictLabel.SINGLE_SOURCE, decide(NOW,
                crossReference("b.example", "wire1", Stance.SUPPORTS),
                crossReference("c.example", "wire1", Stance.SUPPORTS),
                crossReference("b.example", "b2", Stance.SUPPORTS)).label());
    }

    @Test
    void theClaimsOwnOutletNeverConfirmsIt() {
        assertEquals(VerdictLabel.PENDING, decide(NOW, crossReference(OWN_OUTLET, "a2", Stance.SUPPORTS)).label());
    }

    @Test
    void refutationWithoutSupportContradicts() {
        Decision decision = decide(NOW, crossReference("b.example", "b1", Stance.REFUTES));
        assertEquals(VerdictLabel.CONTRADICTED, decision.label());
        assertEquals("Refuted by b.example (2026-11-23). No source supports it.", decision.explanation());
    }

    @Test
    void supportAndRefutationAreDisputed() {
        Decision decision = decide(NOW, reference("Westport Bridge", Stance.SUPPORTS),
                crossReference("b.example", "b1", Stance.REFUTES));
        assertEquals(VerdictLabel.DISPUTED, decision.label());
        assertEquals("Sources disagree. Supported by reference \"Westport Bridge\". Refuted by b.example "
                + "(2026-11-23).", decision.explanation());
    }

    @Test
    void theExplanationNamesWhatDecided() {
        Decision decision = decide(NOW, crossReference("b.example", "b1", Stance.REFUTES, StanceBasis.RULE,
                "date differs: July 30 (2026-07-30) vs July 23 (2026-07-23)"));
        assertEquals(VerdictLabel.CONTRADICTED, decision.label());
        assertEquals("Refuted by b.example (2026-11-23): date differs: July 30 (2026-07-30) vs July 23 (2026-07-23). "
                + "No source supports it.", decision.explanation());
    }

    @Test
    void oneRefutationByTheModelAloneContradictsNothing() {
        Decision decision = decide(LAST_WEEK, crossReference("b.example", "b1", Stance.REFUTES, StanceBasis.MODEL,
                "stance model"));
        assertEquals(VerdictLabel.INSUFFICIENT_EVIDENCE, decision.label());
        assertEquals("No source supports or refutes it so that a verdict can rest on it. Possibly refuting, not "
                + "confirmed: b.example (2026-11-23): stance model.", decision.explanation());
    }

    @Test
    void refutationsByTheModelFromTwoIndependentSourcesContradict() {
        assertEquals(VerdictLabel.CONTRADICTED, decide(NOW,
                crossReference("b.example", "b1", Stance.REFUTES, StanceBasis.MODEL, "stance model"),
                crossReference("c.example", "c1", Stance.REFUTES, StanceBasis.MODEL, "stance model")).label());
        assertEquals(VerdictLabel.INSUFFICIENT_EVIDENCE, decide(LAST_WEEK,
                crossReference("b.example", "wire1", Stance.REFUTES, StanceBasis.MODEL, "stance model"),
                crossReference("c.example", "wire1", Stance.REFUTES, StanceBasis.MODEL, "stance model")).label(),
                "two reprints of one wire story are one source");
    }

    @Test
    void aSupportByTheModelAloneConfirmsNothingButDisputesACountedRefutation() {
        Evidence modelSupport = crossReference("b.example", "b1", Stance.SUPPORTS, StanceBasis.MODEL, "stance model");
        assertEquals(VerdictLabel.INSUFFICIENT_EVIDENCE, decide(LAST_WEEK, modelSupport).label());
        assertEquals(VerdictLabel.DISPUTED, decide(NOW, modelSupport,
                crossReference("c.example", "c1", Stance.REFUTES)).label(), "conflicting evidence, both shown");
        Decision supported = decide(NOW, crossReference("c.example", "c1", Stance.SUPPORTS),
                crossReference("b.example", "b1", Stance.REFUTES, StanceBasis.MODEL, "stance model"));
        assertEquals(VerdictLabel.SINGLE_SOURCE, supported.label());
        assertEquals("Only one independent source reports the same. Supported by c.example (2026-11-23). Possibly "
                + "refuting, not confirmed: b.example (2026-11-23): stance model.", supported.explanation());
    }

    @Test
    void noEvidenceIsPendingWhileRecent() {
        Decision decision = decide(NOW.minus(Duration.ofDays(1)));
        assertEquals(VerdictLabel.PENDING, decision.label());
        assertEquals("No related coverage or reference was found. Too recent to judge: it is checked again as "
                + "coverage grows.", decision.explanation());
    }

    @Test
    void noSupportOrRefutationAfterThePendingWindowIsInsufficient() {
        assertEquals(VerdictLabel.INSUFFICIENT_EVIDENCE, decide(LAST_WEEK).label());
        Decision related = decide(LAST_WEEK, crossReference("b.example", "b1", Stance.NEUTRAL));
        assertEquals(VerdictLabel.INSUFFICIENT_EVIDENCE, related.label());
        assertEquals("No source supports or refutes it so that a verdict can rest on it. Related but neither "
                + "supporting nor refuting: b.example (2026-11-23).", related.explanation());
    }

    @Test
    void pendingEndsExactlyAtTheWindow() {
        assertEquals(VerdictLabel.PENDING, decide(NOW.minus(Duration.ofDays(2)).plusSeconds(1)).label());
        assertEquals(VerdictLabel.INSUFFICIENT_EVIDENCE, decide(NOW.minus(Duration.ofDays(2))).label());
    }
}
