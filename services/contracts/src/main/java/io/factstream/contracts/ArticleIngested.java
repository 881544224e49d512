package io.factstream.contracts;

import java.time.Instant;

/**
 * A cleaned article, published on {@link Topic#ARTICLES_INGESTED}.
 *
 * @param revision 1 for the first version of the article at its URL, one more for each changed version
 * @param source   how it arrived: {@code http}, {@code cms} or {@code feed}
 * @param originId the article whose text this one reprints (its own id when it is an original)
 * @param language ISO 639-1 code of the body's language, or {@code und} when unknown
 * @param byline   the author line, when the newsroom sent one
 * @param located  where the story was reported from (the dateline), when the newsroom sent it
 */
public record ArticleIngested(
        int schemaVersion,
        String articleId,
        int revision,
        String url,
        String title,
        String body,
        String outlet,
        Instant publishedAt,
        Instant ingestedAt,
        String source,
        String originId,
        String language,
        String byline,
        String located) {

    public static final int SCHEMA_VERSION = 1;
}
