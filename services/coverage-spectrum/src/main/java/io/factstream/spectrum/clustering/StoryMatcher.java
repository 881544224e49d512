package io.factstream.spectrum.clustering;

import io.factstream.text.Vectors;
import io.factstream.text.Words;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether two articles report the same story from their titles and leads. Precision first: a false merge
 * would make outlets look as if they corroborated each other, so two articles must share a name (person, place,
 * organisation) and either enough of their words, measured as the Jaccard overlap of both word sets (which a long
 * text cannot inflate), or a close meaning (cosine of their story vectors) together with a smaller word overlap,
 * which catches the same event told in other words ("Tram line for Brill gets the council's approval" / "Brill
 * approves 14-kilometre tram line").
 */
public final class StoryMatcher {
    static final double SAME_WORDS = 0.3;
    static final double SAME_MEANING = 0.7;
    static final double SHARED_WORDS_WITH_SAME_MEANING = 0.15;
    /** How far apart in publication time two articles of one story may be. */
    public static final Duration WINDOW = Duration.ofDays(3);
    /** How many of the most similar articles within the window are compared. */
    public static final int CANDIDATES = 10;
    /** The lead: this many first passages of the body. */
    public static final int LEAD_PASSAGES = 2;

    private StoryMatcher() {
    }

    /** What stories are matched on: the title and the lead, as two sentences. */
    public static String titleAndLead(String title, String lead) {
        return title + ". " + lead;
    }

    /**
     * One vector for the title and the lead: the normalised sum of the title's and each lead passage's embedding, all
     * computed upstream (no text is embedded twice); null when the title's embedding is missing.
     */
    public static float[] storyVector(float[] title, List<float[]> leadPassages) {
        if (title == null) {
            return null;
        }
        List<float[]> parts = new ArrayList<>(leadPassages);
        parts.add(title);
        return Vectors.normalisedSum(parts);
    }

    public static double similarity(String titleAndLead, String otherTitleAndLead) {
        Set<String> words = Words.contentWords(titleAndLead);
        Set<String> otherWords = Words.contentWords(otherTitleAndLead);
        Set<String> union = new HashSet<>(words);
        union.addAll(otherWords);
        return union.isEmpty() ? 0 : Words.coverage(union, words) + Words.coverage(union, otherWords) - 1;
    }

    /** Story vectors may be null (articles indexed before they existed): the words decide alone then. */
    public static boolean sameStory(String titleAndLead, float[] vector, String otherTitleAndLead, float[] otherVector) {
        Set<String> sharedNames = new HashSet<>(Words.names(titleAndLead));
        sharedNames.retainAll(Words.names(otherTitleAndLead));
        if (sharedNames.isEmpty()) {
            return false;
        }
        double sharedWords = similarity(titleAndLead, otherTitleAndLead);
        return sharedWords >= SAME_WORDS || sharedWords >= SHARED_WORDS_WITH_SAME_MEANING && vector != null
                && otherVector != null && Vectors.cosine(vector, otherVector) >= SAME_MEANING;
    }
}
