package io.factstream.contracts;

import java.time.Instant;
import java.util.List;

/**
 * The evidence found for one claim, published on {@link Topic#CLAIMS_EVIDENCE} keyed by article id.
 *
 * @param round    1 for the first search, higher when new coverage added evidence; consumers keep the highest. A
 *                 claim's first record may be a later round, when coverage added while it was first searched
 * @param evidence all of the claim's evidence in this round (the most relevant kept), not only what is new
 * @param language the language of the claim's article (schema version 3; absent before, and on later rounds, which
 *                 only checked claims have): a claim in a language that is not
 *                 {@linkplain SupportedLanguages#checks checked} has no search and no evidence
 */
public record ClaimEvidence(
        int schemaVersion,
        String claimId,
        String articleId,
        String claimText,
        String outlet,
        Instant publishedAt,
        int round,
        Instant checkedAt,
        List<Evidence> evidence,
        String language) {

    /**
     * 2: each evidence item says what decided its stance ({@link Evidence#basis()}, {@link Evidence#reason()}); 3 adds
     * {@link #language()}.
     */
    public static final int SCHEMA_VERSION = 3;
    /** The round of a claim's first search. */
    public static final int FIRST_ROUND = 1;
}
