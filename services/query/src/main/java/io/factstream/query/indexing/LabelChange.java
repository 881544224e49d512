package io.factstream.query.indexing;

import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A verdict revision that changed what its claim's label says, as a story's timeline lists it. The verdicts index keeps
 * only each claim's newest revision; these stay.
 *
 * @param previousLabel the label before, {@code null} for a claim's first verdict
 * @param editor        who set the label, when {@code editorial}
 */
public record LabelChange(String claimId, String articleId, String claimText, VerdictLabel label,
        VerdictLabel previousLabel, int revision, boolean editorial, String editor, Instant decidedAt) {
    /** Labels that say no judgement was made: a claim moving among them has nothing to show on a timeline. */
    private static final Set<VerdictLabel> UNJUDGED = Set.of(VerdictLabel.PENDING,
            VerdictLabel.INSUFFICIENT_EVIDENCE, VerdictLabel.NOT_CHECKED);

    /**
     * The change {@code verdict} makes, unless it makes none worth a timeline entry: the same label again, or a move
     * among the unjudged labels (most claims go from Pending to Insufficient evidence, and would bury the rest).
     */
    public static Optional<LabelChange> of(Verdict verdict) {
        VerdictLabel before = verdict.previousLabel() == null ? VerdictLabel.PENDING : verdict.previousLabel();
        if (before == verdict.label() || UNJUDGED.contains(before) && UNJUDGED.contains(verdict.label())) {
            return Optional.empty();
        }
        return Optional.of(new LabelChange(verdict.claimId(), verdict.articleId(), verdict.claimText(), verdict.label(),
                verdict.previousLabel(), verdict.revision(), verdict.editorial(), verdict.editor(),
                verdict.decidedAt()));
    }

    /** One document per claim revision, so a verdict delivered twice is recorded once. */
    public String documentId() {
        return claimId + "@" + revision;
    }
}
