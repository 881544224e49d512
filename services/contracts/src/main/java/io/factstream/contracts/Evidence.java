package io.factstream.contracts;

import java.time.Instant;

/**
 * One piece of evidence for a claim.
 *
 * @param originId for cross-references, the origin of the passage's article: reprints of one wire
 *                 story share it and count as one source
 * @param score    relevance 0..1; evidence below the relevance bar is never published
 */
public record Evidence(
        EvidenceKind kind,
        Stance stance,
        String url,
        String outlet,
        String originId,
        String snippet,
        double score,
        Instant publishedAt) {
}
