package io.factstream.contracts;

import java.time.Instant;
import java.util.List;

/**
 * The evidence found for one claim, published on {@link Topic#CLAIMS_EVIDENCE} keyed by article id.
 *
 * @param round 1 for the first search, higher when new coverage made the claim worth searching again
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
        List<Evidence> evidence) {

    public static final int SCHEMA_VERSION = 1;
}
