package io.factstream.spectrum.clustering;

import io.factstream.text.Vectors;
import io.factstream.text.Words;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether two articles report the same story, and which stories an article joins. Precision first: a false
 * merge would make outlets look as if they corroborated each other. Two articles match on either
 * <ul>
 * <li>their words: a shared name (person, place, organisation) and enough shared words of title and lead, measured
 * as the Jaccard overlap of both word sets (which a long text cannot inflate), or a smaller overlap together with a
 * close meaning of title and lead ("Tram line for Brill gets the council's approval" / "Brill approves 14-kilometre
 * tram line");</li>
 * <li>or their meaning: the mean of two cosines, of their story vectors (title and lead) and of their article
 * vectors (every passage), which finds real outlets' reports of one event written with other words, lengths and
 * ledes.</li>
 * </ul>
 * An article joins a story only when it matches at least half of the story's articles within the window, so that
 * one loose match cannot chain two events into one story. Thresholds and rules are tuned on basil-dev
 * (docs/architecture.md#story-clustering).
 */
public final class StoryMatcher {
    static final double SAME_WORDS = 0.3;
    static final double SAME_MEANING = 0.7;
    static final double SHARED_WORDS_WITH_SAME_MEANING = 0.15;
    /** The mean of the story-vector and article-vector cosines at which two articles report one event. */
    static final double SAME_EVENT = 0.7;
    /** Share of a story's articles within the window that an article must match to join the story. */
    static final double MATCHED_SHARE = 0.5;
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

    /** One vector for the whole article: the normalised sum of its passages' embeddings; null without passages. */
    public static float[] articleVector(List<float[]> passages) {
        return passages.isEmpty() ? null : Vectors.normalisedSum(passages);
    }

    public static double similarity(String titleAndLead, String otherTitleAndLead) {
        Set<String> words = Words.contentWords(titleAndLead);
        Set<String> otherWords = Words.contentWords(otherTitleAndLead);
        Set<String> union = new HashSet<>(words);
        union.addAll(otherWords);
        return union.isEmpty() ? 0 : Words.coverage(union, words) + Words.coverage(union, otherWords) - 1;
    }

    /**
     * The stories an article joins, from the candidate stories' articles published within {@link #WINDOW} of it:
     * those whose articles it matches for at least {@link #MATCHED_SHARE} of them. Several stories mean that they
     * are to be merged.
     */
    public static Set<String> storiesJoined(StoryProfile article, Map<String, List<StoryProfile>> candidateStories) {
        Set<String> joined = new LinkedHashSet<>();
        candidateStories.forEach((storyId, members) -> {
            long matched = members.stream().filter(member -> sameStory(article, member)).count();
            if (matched > 0 && matched >= MATCHED_SHARE * members.size()) {
                joined.add(storyId);
            }
        });
        return joined;
    }

    public static boolean sameStory(StoryProfile article, StoryProfile other) {
        return sameEvent(article.storyVector(), article.articleVector(), other.storyVector(), other.articleVector())
                || matchOnWords(article.titleAndLead(), article.storyVector(), other.titleAndLead(), other.storyVector());
    }

    private static boolean sameEvent(float[] story, float[] article, float[] otherStory, float[] otherArticle) {
        return story != null && article != null && otherStory != null && otherArticle != null
                && (Vectors.cosine(story, otherStory) + Vectors.cosine(article, otherArticle)) / 2 >= SAME_EVENT;
    }

    /**
     * The match on words, with the story vectors' meaning where the words alone fall short. Story vectors may be null
     * (articles indexed before they existed): the words decide alone then.
     */
    static boolean matchOnWords(String titleAndLead, float[] vector, String otherTitleAndLead, float[] otherVector) {
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
