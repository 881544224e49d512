package io.factstream.spectrum.clustering;

import io.factstream.text.Words;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides whether two articles report the same story from the words of their titles and leads.
 * Precision first: a false merge would make outlets look as if they corroborated each other, so two
 * articles must share a name (person, place, organisation) and enough of their words, measured as the
 * Jaccard overlap of both word sets, which a long text cannot inflate.
 */
public final class StoryMatcher {
    static final double SAME_STORY = 0.3;

    private StoryMatcher() {
    }

    public static double similarity(String titleAndLead, String otherTitleAndLead) {
        Set<String> words = Words.contentWords(titleAndLead);
        Set<String> otherWords = Words.contentWords(otherTitleAndLead);
        Set<String> union = new HashSet<>(words);
        union.addAll(otherWords);
        return union.isEmpty() ? 0 : Words.coverage(union, words) + Words.coverage(union, otherWords) - 1;
    }

    public static boolean sameStory(String lead, String otherLead) {
        Set<String> sharedNames = new HashSet<>(Words.names(lead));
        sharedNames.retainAll(Words.names(otherLead));
        return !sharedNames.isEmpty() && similarity(lead, otherLead) >= SAME_STORY;
    }
}
