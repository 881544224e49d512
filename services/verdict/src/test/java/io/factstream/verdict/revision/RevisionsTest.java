package io.factstream.verdict.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.contracts.VerdictOverride;
import io.factstream.verdict.labeling.VerdictRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionsTest {
    private static final Instant PUBLISHED = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant NOW = PUBLISHED.plus(Duration.ofHours(1));
    private final Revisions revisions = new Revisions(new VerdictRules(Duration.ofDays(2)));

    private static ClaimEvidence round(int round, Evidence... evidence) {
        return new ClaimEvidence(ClaimEvidence.SCHEMA_VERSION, "a1-c0", "a1", "The bridge reopened on Monday.",
                "a.example", PUBLISHED, round, NOW, List.of(evidence), round == ClaimEvidence.FIRST_ROUND ? "en" : null);
    }

    private static Evidence supporting(String outlet) {
        return new Evidence(EvidenceKind.CROSS_REFERENCE, Stance.SUPPORTS, "https://" + outlet + "/bridge", outlet,
                outlet + "-origin", "The bridge opened again on Monday.", 0.9, PUBLISHED,
                StanceBasis.RULE, "states the same: 80% of the claim's words");
    }

    private static VerdictOverride override(VerdictLabel label, Instant at) {
        return new VerdictOverride(VerdictOverride.SCHEMA_VERSION, "o-" + at, "a1-c0", "a1", label,
                "The city's press office confirmed it by phone.", "editor@a.example", at, null);
    }

    private ClaimVerdict evidence(ClaimVerdict current, ClaimEvidence round) {
        return revisions.afterEvidence(current, round, NOW).orElseThrow();
    }

    @Test
    void eachChangeIsANewRevisionNamingTheLabelBefore() {
        ClaimVerdict pending = evidence(null, round(1));
        ClaimVerdict single = evidence(pending, round(2, supporting("b.example")));
        ClaimVerdict corroborated = evidence(single, round(3, supporting("b.example"), supporting("c.example")));

        assertEquals(VerdictLabel.PENDING, pending.label());
        Verdict second = single.toVerdict(pending.label());
        assertEquals(2, second.revision());
        assertEquals(VerdictLabel.SINGLE_SOURCE, second.label());
        assertEquals(VerdictLabel.PENDING, second.previousLabel());
        assertEquals(3, corroborated.revision());
        assertEquals(VerdictLabel.CORROBORATED, corroborated.label());
    }

    @Test
    void aClaimInALanguageNotCheckedIsNeverPendingAndStaysNotChecked() {
        ClaimEvidence german = new ClaimEvidence(ClaimEvidence.SCHEMA_VERSION, "a1-c0", "a1",
                "Die Brücke wurde am Montag wieder geöffnet.", "a.example", PUBLISHED, 1, NOW, List.of(), "de");
        ClaimVerdict notChecked = evidence(null, german);
        assertEquals(VerdictLabel.NOT_CHECKED, notChecked.label());
        assertTrue(revisions.pendingUntil(notChecked).isEmpty(), "the pending sweep never makes it Insufficient");
        assertTrue(revisions.afterPendingWindow(notChecked, NOW.plus(Duration.ofDays(30))).isEmpty());
        ClaimVerdict later = evidence(notChecked, round(2, supporting("b.example")));
        assertEquals(VerdictLabel.NOT_CHECKED, later.label(), "its first round's language still holds");
        ClaimVerdict english = evidence(null, round(1, supporting("b.example")));
        ClaimVerdict translated = evidence(english, new ClaimEvidence(ClaimEvidence.SCHEMA_VERSION, "a1-c0", "a1",
                "Die Brücke wurde am Montag wieder geöffnet.", "a.example", PUBLISHED, 2, NOW, List.of(), "de"));
        assertEquals(VerdictLabel.NOT_CHECKED, translated.label(), "a new revision's language replaces the old");
    }

    @Test
    void aRoundThatChangesNothingKeepsTheRevisionButIsRemembered() {
        ClaimVerdict first = evidence(null, round(1, supporting("b.example")));
        ClaimVerdict same = evidence(first, round(2, supporting("b.example")));
        assertEquals(1, same.revision());
        assertEquals(2, same.evidenceRound());
        assertEquals(first.decidedAt(), same.decidedAt());
    }

    @Test
    void anOlderOrRepeatedRoundIsIgnored() {
        ClaimVerdict second = evidence(evidence(null, round(1)), round(2, supporting("b.example")));
        assertTrue(revisions.afterEvidence(second, round(2, supporting("b.example")), NOW).isEmpty());
        assertTrue(revisions.afterEvidence(second, round(1), NOW).isEmpty());
    }

    @Test
    void pendingBecomesInsufficientOnceItsWindowHasPassed() {
        ClaimVerdict pending = evidence(null, round(1));
        assertEquals(PUBLISHED.plus(Duration.ofDays(2)), revisions.pendingUntil(pending).orElseThrow());
        assertTrue(revisions.afterPendingWindow(pending, NOW).isEmpty(), "still within the window");

        ClaimVerdict expired = revisions.afterPendingWindow(pending, PUBLISHED.plus(Duration.ofDays(3))).orElseThrow();
        assertEquals(VerdictLabel.INSUFFICIENT_EVIDENCE, expired.label());
        assertEquals(2, expired.revision());
        assertTrue(revisions.pendingUntil(expired).isEmpty());
    }

    @Test
    void anEditorsLabelSurvivesLaterRechecksUntilWithdrawn() {
        ClaimVerdict single = evidence(null, round(1, supporting("b.example")));
        ClaimVerdict overridden = revisions.afterOverride(single, override(VerdictLabel.CORROBORATED, NOW), NOW)
                .orElseThrow();
        Verdict editorial = overridden.toVerdict(single.label());
        assertTrue(editorial.editorial());
        assertEquals(VerdictLabel.CORROBORATED, editorial.label());
        assertEquals(VerdictLabel.SINGLE_SOURCE, editorial.automaticLabel());
        assertEquals(2, editorial.revision());
        assertTrue(editorial.explanation().startsWith("Set to Corroborated by editor editor@a.example, "
                + NOW.toString().substring(0, 10) + ": The city's press office"), editorial.explanation());

        ClaimVerdict rechecked = evidence(overridden, round(2));
        assertEquals(VerdictLabel.CORROBORATED, rechecked.label(), "the automatic re-check keeps the editor's label");
        assertEquals(VerdictLabel.PENDING, rechecked.automatic().label());
        assertEquals(3, rechecked.revision(), "the changed evidence is still published");

        ClaimVerdict withdrawn = revisions.afterOverride(rechecked, override(null, NOW.plusSeconds(60)), NOW)
                .orElseThrow();
        assertEquals(VerdictLabel.PENDING, withdrawn.label());
        assertFalse(withdrawn.toVerdict(rechecked.label()).editorial());
        assertNull(withdrawn.editorial());
    }

    @Test
    void anOverrideDeliveredAgainOrOutOfOrderIsIgnored() {
        ClaimVerdict single = evidence(null, round(1, supporting("b.example")));
        ClaimVerdict overridden = revisions.afterOverride(single, override(VerdictLabel.DISPUTED, NOW), NOW)
                .orElseThrow();
        assertTrue(revisions.afterOverride(overridden, override(VerdictLabel.DISPUTED, NOW), NOW).isEmpty());
        assertTrue(revisions.afterOverride(overridden, override(null, NOW.minusSeconds(5)), NOW).isEmpty());
    }

    @Test
    void aClaimWithoutVerdictCannotBeOverridden() {
        assertThrows(IllegalStateException.class,
                () -> revisions.afterOverride(null, override(VerdictLabel.CONTRADICTED, NOW), NOW));
    }
}
