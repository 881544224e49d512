package io.factstream.verdict.revision;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.verdict.labeling.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What the verdict service remembers of a claim: the evidence of its newest round, what the rules decide from
 * it, an editor's override if any, and the revision last published. What readers see (label, explanation) follows
 * from the automatic decision and the editor's label.
 *
 * @param language       the language of the claim's article (null in states saved before it was kept: checked)
 * @param evidenceRound  the newest evidence round applied; older rounds arriving late are ignored
 * @param lastOverrideAt when the newest editorial decision applied was made (also for a withdrawn override)
 */
public record ClaimVerdict(
        String claimId,
        String articleId,
        String claimText,
        String outlet,
        Instant publishedAt,
        String language,
        int evidenceRound,
        List<Evidence> evidence,
        Decision automatic,
        EditorialLabel editorial,
        Instant lastOverrideAt,
        int revision,
        Instant decidedAt) {

    /** An editor's label for a claim, which automatic re-checks keep until the editor withdraws it. */
    public record EditorialLabel(VerdictLabel label, String note, String editor) {
    }

    /** The editor's label while there is one, else the automatic one. */
    public VerdictLabel label() {
        return editorial == null ? automatic.label() : editorial.label();
    }

    /** An editor's label says who set it, on which day (UTC) and why, then what the evidence alone gives. */
    public String explanation() {
        return editorial == null ? automatic.explanation() : "Set to " + editorial.label().displayName()
                + " by editor " + editorial.editor() + ", " + LocalDate.ofInstant(lastOverrideAt, ZoneOffset.UTC)
                + ": " + editorial.note() + " The evidence alone gives " + automatic.label().displayName() + ": "
                + automatic.explanation();
    }

    /** The same claim and revision with other evidence, automatic decision or editor's label. */
    ClaimVerdict with(int evidenceRound, List<Evidence> evidence, Decision automatic, EditorialLabel editorial,
            Instant lastOverrideAt) {
        return new ClaimVerdict(claimId, articleId, claimText, outlet, publishedAt, language, evidenceRound, evidence,
                automatic, editorial, lastOverrideAt, revision, decidedAt);
    }

    /** The same claim as the next revision, decided at {@code now}. */
    ClaimVerdict revised(Instant now) {
        return new ClaimVerdict(claimId, articleId, claimText, outlet, publishedAt, language, evidenceRound, evidence,
                automatic, editorial, lastOverrideAt, revision + 1, now);
    }

    public Verdict toVerdict(VerdictLabel previousLabel) {
        return new Verdict(Verdict.SCHEMA_VERSION, claimId, articleId, claimText, label(), explanation(), revision,
                previousLabel, editorial != null, decidedAt, evidence, automatic.label(),
                editorial == null ? null : editorial.editor(), editorial == null ? null : editorial.note());
    }
}
