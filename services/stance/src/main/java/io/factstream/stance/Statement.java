package io.factstream.stance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;

/**
 * A sentence to judge, with its embedding, the people, organisations and places its article names, and the day its
 * article was published.
 *
 * @param articleNames empty when not known; sentences from articles that share none of their names report different
 *                     events, however alike they read
 * @param published    null when not known; relative dates ("on Monday", "last September") are read against it
 */
public record Statement(String text, float[] embedding, Set<String> articleNames, LocalDate published) {

    public Statement(String text, float[] embedding, Set<String> articleNames) {
        this(text, embedding, articleNames, null);
    }

    public static Statement withoutArticle(String text, float[] embedding) {
        return new Statement(text, embedding, Set.of());
    }

    /** @param articleNames null when they were not kept */
    public static Statement of(String text, float[] embedding, Collection<String> articleNames) {
        return of(text, embedding, articleNames, null);
    }

    /** The day of {@code instant} in UTC, by which relative dates are read; null when not known. */
    public static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** @param articleNames null when they were not kept */
    public static Statement of(String text, float[] embedding, Collection<String> articleNames, LocalDate published) {
        return new Statement(text, embedding, articleNames == null ? Set.of() : Set.copyOf(articleNames), published);
    }
}
