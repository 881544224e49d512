package io.factstream.contracts;

/**
 * How a fact-checker rated a claim, as published (a ClaimReview's {@code reviewRating}) and normalised.
 *
 * @param published the rating's name as the fact-checker wrote it ("Pants on Fire", "Mostly False"), or its value
 *                  out of its scale ("2 of 1-5") when it has no name
 * @param rating    the rating on one scale shared by every fact-checker
 * @param claimant  who made the claim, as the fact-check names them, or null
 */
public record FactCheckRating(String published, NormalisedRating rating, String claimant) {

    /** Fact-checkers' ratings on one scale; {@link #OTHER} is a rating that says nothing of truth ("Satire"). */
    public enum NormalisedRating {
        TRUE,
        MOSTLY_TRUE,
        MIXED,
        MOSTLY_FALSE,
        FALSE,
        OTHER;

        /** The stance a claim rated so takes: supported when (mostly) true, refuted when (mostly) false. */
        public Stance stance() {
            return switch (this) {
                case TRUE, MOSTLY_TRUE -> Stance.SUPPORTS;
                case MOSTLY_FALSE, FALSE -> Stance.REFUTES;
                case MIXED, OTHER -> Stance.NEUTRAL;
            };
        }
    }
}
