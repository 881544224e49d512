package io.factstream.bench.articles;

/**
 * A generated article in the shape of the ingest API's submission (its JSON field names), so it can be
 * posted as it is or written to the CMS table.
 *
 * @param outlet      the outlet's domain, as ingest derives it from the URL
 * @param publishedAt ISO-8601 with offset
 */
public record GeneratedArticle(String url, String title, String body, String outlet, String publishedAt,
        String contentType) {
}
