package io.factstream.ingest.article;

/** An article as a newsroom submits it, before validation (DESIGN.md §8). */
public record ArticleSubmission(String url, String title, String body, String outlet, String publishedAt,
        String contentType, String byline, String located) {

    public ArticleSubmission(String url, String title, String body, String outlet, String publishedAt,
            String contentType) {
        this(url, title, body, outlet, publishedAt, contentType, null, null);
    }
}
