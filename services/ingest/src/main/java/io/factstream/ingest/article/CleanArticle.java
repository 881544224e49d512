package io.factstream.ingest.article;

import java.time.Instant;

/**
 * A validated, cleaned submission: the article before it gets its identity (id, revision, origin).
 *
 * @param url      the canonical URL
 * @param language ISO 639-1 code, or {@code und} when unknown
 */
public record CleanArticle(String url, String title, String body, String outlet, Instant publishedAt,
        String language) {
}
