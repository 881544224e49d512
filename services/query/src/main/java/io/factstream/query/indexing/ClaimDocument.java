package io.factstream.query.indexing;

import io.factstream.contracts.ClaimType;
import java.time.Instant;
import java.util.List;

/**
 * A claim as indexed for search and reports. The claims index also holds the claim's newest verdict label (see
 * {@link ClaimLabels}), so that search can filter on it.
 *
 * @param topics the article's top-level topics
 */
public record ClaimDocument(String claimId, String articleId, String text, int start, int end, double checkworthiness,
        ClaimType type, String speaker, String outlet, Instant publishedAt, List<String> topics) {
}
