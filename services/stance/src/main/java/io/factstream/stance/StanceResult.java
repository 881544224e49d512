package io.factstream.stance;

import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;

/**
 * @param score         how relevant the evidence is to the claim, 0..1 (cosine similarity)
 * @param decidedBy     which step of the {@link StanceJudge} gave the stance
 * @param contradiction what contradicts the claim when {@code decidedBy} is {@link DecidedBy#CONTRADICTION}, else null
 * @param reason        what decided, in words for an explanation ("date differs: 2026-07-30 vs 2026-07-23")
 */
public record StanceResult(Stance stance, double score, DecidedBy decidedBy, Contradiction contradiction,
        String reason) {

    /** False when the evidence is not about the claim: it is then no evidence and never shown. */
    public boolean relevant() {
        return decidedBy != DecidedBy.RELEVANCE;
    }

    /**
     * A rule with aligned slots (a contradiction, a restatement, the same quote) or the stance model: a fact-checker
     * can check a rule's reason, a model's guess needs confirming.
     */
    public StanceBasis basis() {
        return decidedBy == DecidedBy.MODEL ? StanceBasis.MODEL : StanceBasis.RULE;
    }

    /** The steps of {@link StanceJudge}, in order. */
    public enum DecidedBy {
        RELEVANCE,
        CONTRADICTION,
        RESTATEMENT,
        MODEL
    }
}
