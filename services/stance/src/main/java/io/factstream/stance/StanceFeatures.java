package io.factstream.stance;

import io.factstream.embedding.SentenceEmbedder;
import io.factstream.text.Vectors;
import io.factstream.text.Words;
import java.util.List;
import java.util.Set;

/**
 * The features the stance model weighs for one claim and one evidence sentence: hand-made cues (similarity,
 * word overlap, negation, hedging, opposite words, disagreeing details), then the element-wise product and
 * the absolute difference of the two MiniLM embeddings.
 */
public final class StanceFeatures {
    public static final List<String> HAND_MADE = List.of("cosine", "claim coverage", "evidence coverage",
            "claim negated", "evidence negated", "negation differs", "claim hedged", "evidence hedged",
            "evidence counters", "opposite words", "dates differ", "numbers differ", "names differ",
            "evidence words (log)");
    public static final int SIZE = HAND_MADE.size() + 2 * SentenceEmbedder.DIMENSIONS;

    private StanceFeatures() {
    }

    public static double[] of(String claim, float[] claimEmbedding, String evidence, float[] evidenceEmbedding) {
        return of(Cues.of(claim), claimEmbedding, Cues.of(evidence), evidenceEmbedding);
    }

    static double[] of(Cues claim, float[] claimEmbedding, Cues evidence, float[] evidenceEmbedding) {
        Set<String> claimWords = claim.contentWords();
        Set<String> evidenceWords = evidence.contentWords();
        boolean claimNegated = claim.negated();
        boolean evidenceNegated = evidence.negated();
        double[] features = new double[SIZE];
        double[] handMade = {
                Vectors.cosine(claimEmbedding, evidenceEmbedding),
                Words.coverage(claimWords, evidenceWords),
                Words.coverage(evidenceWords, claimWords),
                flag(claimNegated),
                flag(evidenceNegated),
                flag(claimNegated != evidenceNegated),
                flag(claim.hedged()),
                flag(evidence.hedged()),
                flag(evidence.countered()),
                flag(Cues.oppositeWords(claim, evidence)),
                flag(differ(claim.dates(), evidence.dates())),
                flag(differ(claim.numbers(), evidence.numbers())),
                flag(differ(claim.names(), evidence.names())),
                Math.log1p(evidenceWords.size())};
        System.arraycopy(handMade, 0, features, 0, handMade.length);
        int offset = handMade.length;
        for (int d = 0; d < SentenceEmbedder.DIMENSIONS; d++) {
            features[offset + d] = claimEmbedding[d] * evidenceEmbedding[d];
            features[offset + SentenceEmbedder.DIMENSIONS + d] = Math.abs(claimEmbedding[d] - evidenceEmbedding[d]);
        }
        return features;
    }

    private static boolean differ(Set<String> claim, Set<String> evidence) {
        return !claim.isEmpty() && !evidence.isEmpty() && !claim.containsAll(evidence) && !evidence.containsAll(claim);
    }

    private static double flag(boolean value) {
        return value ? 1 : 0;
    }
}
