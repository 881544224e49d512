package io.factstream.stance;

import io.factstream.contracts.Stance;

/**
 * @param score         how relevant the evidence is to the claim, 0..1 (cosine similarity)
 * @param decidedBy     which step of the {@link StanceJudge} gave the stance
 * @param contradiction what contradicts the claim when {@code decidedBy} is {@link DecidedBy#CONTRADICTION}, else null
 */
public record StanceResult(Stance stance, double score, DecidedBy decidedBy, Contradiction contradiction) {

    /** False when the evidence is not about the claim: it is then no evidence and never shown. */
    public boolean relevant() {
        return decidedBy != DecidedBy.RELEVANCE;
    }

    /** The steps of {@link StanceJudge}, in order. */
    public enum DecidedBy {
        RELEVANCE,
        CONTRADICTION,
        RESTATEMENT,
        MODEL
    }
}
