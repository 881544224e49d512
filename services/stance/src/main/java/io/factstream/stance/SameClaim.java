package io.factstream.stance;

import io.factstream.text.Vectors;
import io.factstream.text.Words;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a published fact-check reviewed the same claim as an article's sentence, precision first: a fact-check's
 * rating is the strongest evidence a report shows, so a rating of another claim must never be shown as this one's.
 * The two must mean nearly the same ({@link #SIMILAR}, or {@link #CLOSE} while the review repeats
 * {@link #SAME_WORDS} of the claim's statement words), with the stance rules' normalisation: no figure of one thing or
 * date that the other gives otherwise ({@link Quantity}, {@link EventDate}), every figure of the claim also in the
 * review (a partial restatement leaves details out, it adds none), neither denying what the other states, the
 * article's speaker the fact-check's claimant when both are known, and the same people, places or organisations
 * when both name some, the claimant and the speaker counted.
 * The thresholds were tuned on the half of our LIAR restatements with even statement ids
 * (docs/evidence.md#fact-checks).
 */
public final class SameClaim {
    /** Cosine similarity from which a claim and a review that agree in every detail are one claim. */
    public static final double SIMILAR = 0.75;
    /** Cosine similarity from which they are, when the review also repeats {@link #SAME_WORDS} of the claim's words. */
    public static final double CLOSE = 0.6;
    /** Share of the claim's statement words (content words without names and dates) the review repeats. */
    public static final double SAME_WORDS = 0.4;

    /**
     * Whether they are the same claim, and what decided, in words.
     *
     * @param sameWords the share of the claim's statement words the review repeats
     * @param conflict  a detail in which they differ whatever their similarity ("a figure or date differs"), or null
     */
    public record Comparison(double similarity, double sameWords, String conflict) {
        public boolean same() {
            return conflict == null && close(similarity, sameWords, SIMILAR, CLOSE, SAME_WORDS);
        }

        /** Close enough in meaning and words at the given thresholds: for tuning them. */
        public static boolean close(double similarity, double sameWords, double similar, double closeSimilarity,
                double sameWordsShare) {
            return similarity >= similar || similarity >= closeSimilarity && sameWords >= sameWordsShare;
        }

        public String reason() {
            String closeness = String.format(Locale.ROOT, "similarity %.2f, %.0f%% of its words", similarity,
                    100 * sameWords);
            return same() ? "the same claim: " + closeness : conflict != null ? conflict : "not close: " + closeness;
        }
    }

    private SameClaim() {
    }

    /**
     * @param claimSpeaker who the claim's article says made it, or null
     * @param claimant     who the fact-check says made the claim it reviewed, or null
     */
    public static Comparison compare(Statement claim, String claimSpeaker, Statement reviewed, String claimant) {
        double similarity = Vectors.cosine(claim.embedding(), reviewed.embedding());
        Cues claimCues = Cues.of(claim.text(), claim.published());
        Cues reviewedCues = Cues.of(reviewed.text(), reviewed.published());
        double sameWords = Words.coverage(claimCues.statementWords(), reviewedCues.statementWords());
        return new Comparison(similarity, sameWords, conflict(claimCues, claimSpeaker, reviewedCues, claimant));
    }

    private static String conflict(Cues claim, String claimSpeaker, Cues reviewed, String claimant) {
        if (Contradiction.detailsDiffer(claim, reviewed)) {
            return "a figure or date differs";
        }
        for (Quantity figure : claim.quantities()) {
            if (reviewed.quantities().stream().noneMatch(other -> sameFigure(figure, other))) {
                return "the fact-check does not give the figure " + figure.text();
            }
        }
        if (claim.negated() != reviewed.negated()) {
            return "one denies what the other states";
        }
        if (claimSpeaker != null && claimant != null
                && Collections.disjoint(nameWords(claimSpeaker), nameWords(claimant))) {
            return "said by " + claimSpeaker + ", the fact-check's claim by " + claimant;
        }
        Set<String> claimNames = names(claim, claimSpeaker);
        Set<String> reviewedNames = names(reviewed, claimant);
        if (!claimNames.isEmpty() && !reviewedNames.isEmpty() && Collections.disjoint(claimNames, reviewedNames)) {
            return "names differ";
        }
        return null;
    }

    /** The same figure, of the same thing when both say what they count: "40 votes" is not "56 percent". */
    private static boolean sameFigure(Quantity figure, Quantity other) {
        return figure.compatibleWith(other) && (figure.counted() == null || other.counted() == null
                || figure.counted().equals(other.counted()));
    }

    /** The sentence's names and its speaker's, with aliases replaced. */
    private static Set<String> names(Cues cues, String speaker) {
        Set<String> names = new HashSet<>(cues.canonicalNames());
        if (speaker != null) {
            names.addAll(nameWords(speaker));
        }
        return names;
    }

    /** A person's or organisation's name words, lower-cased, aliases replaced. */
    private static Set<String> nameWords(String name) {
        List<String> words = Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(word -> word.length() > 1).toList();
        return NameAliases.canonical(words);
    }
}
