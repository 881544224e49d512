package io.factstream.embedding;

/**
 * What one run of the model gives for a sentence.
 *
 * @param embedding   the sentence embedding: the last layer, mean-pooled and L2-normalised, for similarity search
 * @param middleLayer the fourth layer's output, mean-pooled, not normalised: features for classifiers, which
 *                    separate check-worthy sentences better on it than on the embedding
 */
public record SentenceEncoding(float[] embedding, float[] middleLayer) {
}
