package io.factstream.claims.scoring;

import io.factstream.embedding.SentenceEmbedder;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Loads the check-worthiness weights once, at startup; the embedding model comes from embedding-support. */
@ApplicationScoped
public class ScorerProducer {

    @Produces
    @Singleton
    @Startup
    CheckworthinessScorer checkworthinessScorer(SentenceEmbedder embedder) {
        return new CheckworthinessScorer(embedder, CheckworthinessModel.shipped());
    }
}
