package io.factstream.evidence.query;

import io.factstream.embedding.SentenceEmbedder;

/**
 * A claim as evidence search looks for it.
 *
 * @param embedding the claim's embedding, or null to embed {@code text} when searching
 * @param context   its names and date, which rank candidates naming them and from around that date first
 * @param excluded  whose passages the claim must not cite
 */
public record ClaimQuery(String text, float[] embedding, ClaimContext context, Exclusion excluded) {

    public ClaimQuery embedded(SentenceEmbedder embedder) {
        return embedding != null ? this : new ClaimQuery(text, embedder.embed(text), context, excluded);
    }
}
