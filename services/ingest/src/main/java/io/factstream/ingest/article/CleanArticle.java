package io.factstream.ingest.article;

import java.time.Instant;

/**
 * An accepted submission, cleaned: the article before it gets the rest of its identity (revision, origin).
 *
 * @param articleId the id its canonical URL gave it when it was accepted
 * @param url      the canonical URL
 * @param language ISO 639-1 code, or {@code und} when unknown
 */
public record CleanArticle(String articleId, String url, String title, String body, String outlet, Instant publishedAt,
        String language) {
}
