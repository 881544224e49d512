package io.factstream.stance;

import io.factstream.text.Words;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Whether two articles name the same people, organisations or places, word by word: "Westport Council" and "Westport" do. */
final class ArticleNames {
    private ArticleNames() {
    }

    /** True when both are known and share no word but stop words ("of", "the"): the articles are about different things. */
    static boolean disjoint(Set<String> names, Set<String> otherNames) {
        if (names.isEmpty() || otherNames.isEmpty()) {
            return false;
        }
        return Collections.disjoint(words(names), words(otherNames));
    }

    private static Set<String> words(Set<String> names) {
        Set<String> words = new HashSet<>();
        names.forEach(name -> words.addAll(Words.contentWords(name)));
        return words;
    }
}
