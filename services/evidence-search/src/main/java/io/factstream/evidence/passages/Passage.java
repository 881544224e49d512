package io.factstream.evidence.passages;

import java.time.Instant;

/**
 * A stretch of an article that evidence search can cite, as indexed in Elasticsearch.
 *
 * @param embedding the passage's embedding as claim extraction computed it (unit length, so cosine is a dot product)
 */
public record Passage(String passageId, String articleId, String originId, String outlet, String url, String title,
        String text, Instant publishedAt, float[] embedding) {
}
