package io.factstream.query.indexing;

import java.time.Instant;

/** A claim as indexed for search and reports. */
public record ClaimDocument(String claimId, String articleId, String text, int start, int end, double checkworthiness,
        String outlet, Instant publishedAt) {
}
