package io.factstream.contracts;

import java.time.Instant;

/**
 * An accepted submission exactly as it arrived, before cleaning, on {@link Topic#ARTICLES_RAW}. The
 * topic is compacted and keyed by {@code articleId/r<revision>}, so every revision is kept.
 */
public record RawSubmission(
        int schemaVersion,
        String articleId,
        int revision,
        String source,
        Instant receivedAt,
        String url,
        String title,
        String body,
        String outlet,
        String publishedAt,
        String contentType,
        String byline,
        String located) {

    public static final int SCHEMA_VERSION = 1;

    public String key() {
        return articleId + "/r" + revision;
    }
}
