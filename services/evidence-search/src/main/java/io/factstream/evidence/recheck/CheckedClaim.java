package io.factstream.evidence.recheck;

import java.time.Instant;

/** A claim whose evidence was searched, as remembered for re-checking: new coverage may bear on it later. */
public record CheckedClaim(String claimId, String articleId, String outlet, String originId, Instant publishedAt,
        String text, float[] embedding) {
}
