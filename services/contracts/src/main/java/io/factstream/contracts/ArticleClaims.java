package io.factstream.contracts;

import java.time.Instant;
import java.util.List;

/** All claims extracted from one article, published on {@link Topic#CLAIMS_EXTRACTED}. */
public record ArticleClaims(
        int schemaVersion,
        String articleId,
        String outlet,
        String originId,
        Instant publishedAt,
        List<ExtractedClaim> claims) {

    public static final int SCHEMA_VERSION = 1;
}
