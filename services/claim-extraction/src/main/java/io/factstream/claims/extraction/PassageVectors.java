package io.factstream.claims.extraction;

import io.factstream.contracts.Embedding;
import io.factstream.contracts.PassageVector;
import io.factstream.text.PassageWindow;
import io.factstream.text.PassageWindows;
import io.factstream.text.Sentence;
import java.util.List;

/**
 * An article's passages with embeddings made from its sentences' embeddings, which scoring computed already: a
 * passage's embedding is the mean of its sentences', scaled back to unit length so that dot products stay cosines.
 */
public final class PassageVectors {
    private PassageVectors() {
    }

    public static List<PassageVector> of(String body, List<Sentence> sentences, List<float[]> sentenceEmbeddings) {
        return PassageWindows.of(body, sentences).stream()
                .map(window -> new PassageVector(window.text(), window.start(), window.end(),
                        Embedding.of(unitMean(sentenceEmbeddings.subList(window.firstSentence(), window.endSentence())))))
                .toList();
    }

    static float[] unitMean(List<float[]> embeddings) {
        float[] sum = new float[embeddings.getFirst().length];
        for (float[] embedding : embeddings) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += embedding[d];
            }
        }
        double norm = 0;
        for (float value : sum) {
            norm += value * value;
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] /= (float) length;
            }
        }
        return sum;
    }
}
