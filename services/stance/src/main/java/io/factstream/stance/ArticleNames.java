package io.factstream.stance;

import io.factstream.text.Words;
import java.util.HashSet;
import java.util.Set;

/**
 * The words of the names one article mentions, to tell whether another article names any of the same people,
 * organisations or places: "Westport Council" and "Westport" do; stop words ("of", "the") do not count.
 */
final class ArticleNames {
    private final Set<String> words = new HashSet<>();

    private ArticleNames(Set<String> names) {
        names.forEach(name -> words.addAll(Words.contentWords(name)));
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
