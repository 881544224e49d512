package io.factstream.verdict.revision;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.verdict.labeling.Decision;
import java.time.Instant;
import java.util.List;

/**
 * What the verdict service remembers of a claim: the evidence of its newest round, what the rules decide from
 * it, an editor's override if any, and the revision last published.
 *
 * @param evidenceRound  the newest evidence round applied; older rounds arriving late are ignored
 * @param lastOverrideAt when the newest editorial decision applied was made (also for a withdrawn override)
 */
public record ClaimVerdict(
        String claimId,
        String articleId,
        String claimText,
        String outlet,
        Instant publishedAt,
        int evidenceRound,
        List<Evidence> evidence,
        Decision automatic,
        EditorialLabel editorial,
        Instant lastOverrideAt,
        int revision,
        VerdictLabel label,
        String explanation,
        Instant decidedAt) {

    /** An editor's label for a claim, which automatic re-checks keep until the editor withdraws it. */
    public record EditorialLabel(VerdictLabel label, String note, String editor) {
    }

    public Verdict toVerdict(VerdictLabel previousLabel) {
        return new Verdict(Verdict.SCHEMA_VERSION, claimId, articleId, claimText, label, explanation, revision,
                previousLabel, editorial != null, decidedAt, evidence, automatic.label(),
                editorial == null ? null : editorial.editor(), editorial == null ? null : editorial.note());
    }
}
