package io.factstream.ingest.article;

/** An article as a newsroom submits it, before validation (DESIGN.md §8). */
public record ArticleSubmission(String url, String title, String body, String outlet, String publishedAt,
        String contentType) {
}
