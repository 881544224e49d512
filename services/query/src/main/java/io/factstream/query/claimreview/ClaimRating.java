package io.factstream.query.claimreview;

import io.factstream.contracts.VerdictLabel;

/**
 * A verdict label as a schema.org Rating: 1 (Contradicted) to 5 (Verified by reference), ordered by how
 * strongly the evidence supports the claim (docs/claimreview.md). Labels that judge nothing have no number.
 *
 * @param value the rating on the scale, or {@code null} for a textual-only rating
 */
public record ClaimRating(String alternateName, Integer value) {
    public static final int WORST = 1;
    public static final int BEST = 5;

    public static ClaimRating of(VerdictLabel label) {
        Integer value = switch (label) {
            case VERIFIED_BY_REFERENCE -> BEST;
            case CORROBORATED -> 4;
            case SINGLE_SOURCE -> 3;
            case DISPUTED -> 2;
            case CONTRADICTED -> WORST;
            case INSUFFICIENT_EVIDENCE, PENDING, NOT_CHECKED -> null;
        };
        return new ClaimRating(label.displayName(), value);
    }

    public boolean numeric() {
        return value != null;
    }
}
