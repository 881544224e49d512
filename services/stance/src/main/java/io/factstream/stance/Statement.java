package io.factstream.stance;

import java.util.Collection;
import java.util.Set;

/**
 * A sentence to judge, with its embedding and the people, organisations and places its article names.
 *
 * @param articleNames empty when not known; sentences from articles that share none of their names report different
 *                     events, however alike they read
 */
public record Statement(String text, float[] embedding, Set<String> articleNames) {

    public static Statement withoutArticle(String text, float[] embedding) {
        return new Statement(text, embedding, Set.of());
    }

    /** @param articleNames null when they were not kept */
    public static Statement of(String text, float[] embedding, Collection<String> articleNames) {
        return new Statement(text, embedding, articleNames == null ? Set.of() : Set.copyOf(articleNames));
    }
}
