package io.factstream.spectrum.clustering;

import io.factstream.text.Sentence;
import io.factstream.text.SentenceSplitter;
import io.factstream.text.Words;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether two articles report the same story from the words of their titles and leads.
 * Precision first: a false merge would make outlets look as if they corroborated each other, so two
 * articles must share a name (person, place, organisation) and enough of their words, measured as the
 * Jaccard overlap of both word sets, which a long text cannot inflate.
 */
public final class StoryMatcher {
    static final double SAME_STORY = 0.3;
    /** How far apart in publication time two articles of one story may be. */
    public static final Duration WINDOW = Duration.ofDays(3);
    /** How many of the most similar articles within the window are compared. */
    public static final int CANDIDATES = 10;

    private StoryMatcher() {
    }

    /** What stories are matched on: the title and the first two sentences of the body. */
    public static String titleAndLead(String title, String body) {
        return title + " " + lead(body);
    }

    public static String lead(String body) {
        return SentenceSplitter.split(body).stream().limit(2).map(Sentence::text).collect(Collectors.joining(" "));
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
