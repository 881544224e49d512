package io.factstream.contracts;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a claim's verdict, published on {@link Topic#VERDICTS} keyed by article id.
 * The label and the explanation are derived from {@code evidence}, which is carried along so that
 * every consumer sees what the label rests on.
 */
public record Verdict(
        int schemaVersion,
        String claimId,
        String articleId,
        String claimText,
        VerdictLabel label,
        String explanation,
        int revision,
        VerdictLabel previousLabel,
        boolean editorial,
        Instant decidedAt,
        List<Evidence> evidence) {

    public static final int SCHEMA_VERSION = 1;
}
