package io.factstream.evidence.passages;

import java.time.Instant;

/** A stretch of an article that evidence search can cite, as indexed in Elasticsearch. */
public record Passage(String passageId, String articleId, String originId, String outlet, String url, String title,
        String text, Instant publishedAt) {
}
