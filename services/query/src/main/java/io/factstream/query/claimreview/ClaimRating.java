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
        return switch (label) {
            case VERIFIED_BY_REFERENCE -> new ClaimRating("Verified by reference", 5);
            case CORROBORATED -> new ClaimRating("Corroborated", 4);
            case SINGLE_SOURCE -> new ClaimRating("Single source", 3);
            case DISPUTED -> new ClaimRating("Disputed", 2);
            case CONTRADICTED -> new ClaimRating("Contradicted", 1);
            case INSUFFICIENT_EVIDENCE -> new ClaimRating("Insufficient evidence", null);
            case PENDING -> new ClaimRating("Pending", null);
        };
    }

    public boolean numeric() {
        return value != null;
    }
}
