package io.factstream.verdict.revision;

import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.VerdictLabel;
import io.factstream.contracts.VerdictOverride;
import io.factstream.verdict.labeling.Decision;
import io.factstream.verdict.labeling.VerdictRules;
import io.factstream.verdict.revision.ClaimVerdict.EditorialLabel;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * How a claim's verdict moves on: from a new evidence round, an editor's decision, or the end of its pending
 * window. Each returns the claim's next state, with a new revision only when what readers see (label,
 * explanation or evidence) changed, or nothing when the input is older than what was already applied.
 */
@Singleton
public class Revisions {
    private final VerdictRules rules;

    public Revisions(VerdictRules rules) {
        this.rules = rules;
    }

    /** @param current the claim's state, or {@code null} before its first evidence round */
    public Optional<ClaimVerdict> afterEvidence(ClaimVerdict current, ClaimEvidence round, Instant now) {
        if (current != null && round.round() <= current.evidenceRound()) {
            return Optional.empty();
        }
        // A re-check's round carries no language (only checked claims are re-checked): the first round's holds.
        String language = round.language() != null || current == null ? round.language() : current.language();
        Decision automatic = rules.decide(round.evidence(), round.outlet(), round.publishedAt(), language, now);
        if (current == null) {
            return Optional.of(new ClaimVerdict(round.claimId(), round.articleId(), round.claimText(), round.outlet(),
                    round.publishedAt(), language, round.round(), round.evidence(), automatic, null, null, 1, now));
        }
        return Optional.of(settle(current, current.with(round.round(), round.evidence(), automatic,
                current.editorial(), current.lastOverrideAt()), now));
    }

    public Optional<ClaimVerdict> afterOverride(ClaimVerdict current, VerdictOverride override, Instant now) {
        if (current == null) {
            throw new IllegalStateException("claim " + override.claimId() + " has no verdict yet to override");
        }
        if (current.lastOverrideAt() != null && !override.requestedAt().isAfter(current.lastOverrideAt())) {
            return Optional.empty();
        }
        EditorialLabel editorial = override.label() == null ? null
                : new EditorialLabel(override.label(), override.note(), override.editor());
        return Optional.of(settle(current, current.with(current.evidenceRound(), current.evidence(),
                current.automatic(), editorial, override.requestedAt()), now));
    }

    /** The same evidence decided again: a claim still Pending past its window becomes Insufficient evidence. */
    public Optional<ClaimVerdict> afterPendingWindow(ClaimVerdict current, Instant now) {
        Decision automatic = rules.decide(current.evidence(), current.outlet(), current.publishedAt(),
                current.language(), now);
        if (automatic.equals(current.automatic())) {
            return Optional.empty();
        }
        return Optional.of(settle(current, current.with(current.evidenceRound(), current.evidence(), automatic,
                current.editorial(), current.lastOverrideAt()), now));
    }

    /** When the claim's automatic label stops being Pending unless evidence arrives, or empty if it is not Pending. */
    public Optional<Instant> pendingUntil(ClaimVerdict claim) {
        return claim.automatic().label() == VerdictLabel.PENDING
                ? Optional.of(rules.pendingUntil(claim.publishedAt())) : Optional.empty();
    }

    /** The next revision, decided now, when something readers see changed; else the same revision as before. */
    private static ClaimVerdict settle(ClaimVerdict current, ClaimVerdict next, Instant now) {
        boolean changed = next.label() != current.label() || !next.explanation().equals(current.explanation())
                || !next.evidence().equals(current.evidence());
        return changed ? next.revised(now) : next;
    }
}
