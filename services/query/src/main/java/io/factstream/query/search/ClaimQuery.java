package io.factstream.query.search;

import io.factstream.contracts.VerdictLabel;
import java.time.Instant;
import java.util.List;

/**
 * A claim search: words (any order, stemmed by the english analyzer) and filters, all optional.
 *
 * @param articleIds only the claims of these articles (a story's), {@code null} for any
 * @param editorial  only the claims whose label an editor set ({@code true}) or did not ({@code false}), {@code null}
 *                   for any
 * @param from       claims published at or after, {@code to} before
 */
public record ClaimQuery(String words, VerdictLabel label, String outlet, String topic, List<String> articleIds,
        Boolean editorial, Instant from, Instant to, Sort sort, int page, int size) {
    public static final int MAX_SIZE = 100;

    public enum Sort {
        /** Best match first, newest first among equals; without words, newest first. */
        RELEVANCE,
        DATE
    }
}
