package io.factstream.evidence.query;

import io.factstream.embedding.SentenceEmbedder;
import io.factstream.stance.Statement;

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

    /** The claim as the stance judge reads it: with its embedding, its article's names and day. */
    public Statement asStatement() {
        return new Statement(text, embedding, context.articleNames(), Statement.day(context.publishedAt()));
    }
}
