package io.factstream.contracts;

import java.time.Instant;

/**
 * One piece of evidence for a claim.
 *
 * @param originId for cross-references, the origin of the passage's article: reprints of one wire
 *                 story share it and count as one source
 * @param score    relevance 0..1; evidence below the relevance bar is never published
 * @param basis    what decided the stance (null in records of schema version 1 of {@link ClaimEvidence}, read as
 *                 {@link StanceBasis#MODEL}: judged before stances said why)
 * @param reason   what decided it, in words for an explanation ("date differs: July 30 vs July 23"), or null
 * @param factCheck for {@link EvidenceKind#FACT_CHECK}, who rated the matching claim and how; null otherwise. For
 *                 a fact-check, {@code outlet} is the fact-checker, {@code snippet} the claim it reviewed,
 *                 {@code url} its review (null when the source gives none) and {@code publishedAt} the review's date
 */
public record Evidence(
        EvidenceKind kind,
        Stance stance,
        String url,
        String outlet,
        String originId,
        String snippet,
        double score,
        Instant publishedAt,
        StanceBasis basis,
        String reason,
        FactCheckRating factCheck) {

    public Evidence(EvidenceKind kind, Stance stance, String url, String outlet, String originId, String snippet,
            double score, Instant publishedAt, StanceBasis basis, String reason) {
        this(kind, stance, url, outlet, originId, snippet, score, publishedAt, basis, reason, null);
    }

    /** Decided by a rule whose reason can be checked, not by the stance model alone. */
    public boolean byRule() {
        return basis == StanceBasis.RULE;
    }
}
