package io.factstream.query.indexing;

import io.factstream.contracts.ClaimType;
import java.time.Instant;

/** A claim as indexed for search and reports. */
public record ClaimDocument(String claimId, String articleId, String text, int start, int end, double checkworthiness,
        ClaimType type, String speaker, String outlet, Instant publishedAt) {
}
