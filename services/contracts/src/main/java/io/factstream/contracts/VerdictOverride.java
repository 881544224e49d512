package io.factstream.contracts;

import java.time.Instant;

/**
 * An editor's decision on a claim's verdict, published on {@link Topic#VERDICT_OVERRIDES} keyed by article id.
 *
 * @param overrideId unique per decision, so a decision delivered twice is applied once
 * @param label       the label the editor sets, or {@code null} when the editor withdraws an earlier override
 * @param editor      who decided: the name the editor signed in with
 * @param labelBefore the label the claim showed when the editor decided (schema version 2; absent before)
 */
public record VerdictOverride(
        int schemaVersion,
        String overrideId,
        String claimId,
        String articleId,
        VerdictLabel label,
        String note,
        String editor,
        Instant requestedAt,
        VerdictLabel labelBefore) {

    /** Version 2 added {@code labelBefore}. */
    public static final int SCHEMA_VERSION = 2;
}
