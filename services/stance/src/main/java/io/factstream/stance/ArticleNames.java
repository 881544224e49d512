package io.factstream.stance;

import io.factstream.text.Words;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The words of the names one article mentions, to tell whether another article names any of the same people,
 * organisations or places: "Westport Council" and "Westport" do; stop words ("of", "the") do not count.
 */
public final class ArticleNames {
    private final Set<String> words;

    private ArticleNames(Set<String> names) {
        words = wordsOf(names);
    }

    /**
     * The words that tell whether two articles name the same things: two articles whose names' words do not meet
     * are judged to be about different things, so a search for the articles that may bear on each other can stop at
     * these words.
     */
    public static Set<String> wordsOf(Collection<String> names) {
        Set<String> words = new HashSet<>();
        names.forEach(name -> words.addAll(Words.contentWords(name)));
        return words;
    }

    static ArticleNames of(Set<String> names) {
        return new ArticleNames(names);
    }

    /** True when both articles' names are known and share no word: the articles are about different things. */
    boolean shareNoneWith(Set<String> otherNames) {
        if (words.isEmpty() || otherNames.isEmpty()) {
            return false;
        }
        for (String name : otherNames) {
            for (String word : Words.contentWords(name)) {
                if (words.contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }
}
