package io.factstream.contracts;

import java.time.Instant;

/**
 * An accepted submission exactly as it arrived, before cleaning, on {@link Topic#ARTICLES_RAW}: the newsroom's
 * answer (202) means this record is in Kafka. Ingest cleans it and gives it its identity (revision, origin)
 * afterwards. Keyed by article id, so the submissions of one article keep their order, and compaction keeps
 * the newest submission of every article: what re-processing after a fix starts from.
 */
public record RawSubmission(
        int schemaVersion,
        String articleId,
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

    public static final int SCHEMA_VERSION = 2;
}
