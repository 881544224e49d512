package io.factstream.evidence.search;

import io.factstream.embedding.SentenceEmbedder;
import io.factstream.stance.StanceJudge;
import io.factstream.stance.StanceModel;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Loads the stance weights once, at startup; the embedding model comes from embedding-support. */
@ApplicationScoped
public class StanceJudgeProducer {

    @Produces
    @Singleton
    @Startup
    StanceJudge stanceJudge(SentenceEmbedder embedder) {
        return new StanceJudge(embedder, StanceModel.shipped());
    }
}
