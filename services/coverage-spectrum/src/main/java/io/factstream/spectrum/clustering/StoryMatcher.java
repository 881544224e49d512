package io.factstream.spectrum.clustering;

import io.factstream.text.Words;
import java.util.Set;

/**
 * Decides whether two articles report the same story from the words of their titles and leads.
 * Precision first: a false merge would make outlets look as if they corroborated each other.
 */
public final class StoryMatcher {
    /** Share of the smaller article's title-and-lead words the other must share. */
    static final double SAME_STORY = 0.4;

    private StoryMatcher() {
    }

    public static double similarity(String titleAndLead, String otherTitleAndLead) {
        Set<String> words = Words.contentWords(titleAndLead);
        Set<String> otherWords = Words.contentWords(otherTitleAndLead);
        return words.size() <= otherWords.size() ? Words.coverage(words, otherWords) : Words.coverage(otherWords, words);
    }

    public static boolean sameStory(String titleAndLead, String otherTitleAndLead) {
        return similarity(titleAndLead, otherTitleAndLead) >= SAME_STORY;
    }
}
