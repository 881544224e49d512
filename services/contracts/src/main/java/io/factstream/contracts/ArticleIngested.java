package io.factstream.contracts;

import java.time.Instant;

/**
 * A cleaned article, published on {@link Topic#ARTICLES_INGESTED}.
 *
 * @param source   how it arrived: {@code http}, {@code cms} or {@code feed}
 * @param originId the article whose text this one reprints (its own id when it is an original)
 */
public record ArticleIngested(
        int schemaVersion,
        String articleId,
        String url,
        String title,
        String body,
        String outlet,
        Instant publishedAt,
        Instant ingestedAt,
        String source,
        String originId) {

    public static final int SCHEMA_VERSION = 1;
}
