package io.factstream.evidence.search;

import io.factstream.embedding.SentenceEmbedder;
import io.factstream.stance.StanceJudge;
import io.factstream.stance.StanceModel;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the embedding model and the stance weights once, at startup. */
@ApplicationScoped
public class StanceJudgeProducer {

    @Produces
    @Singleton
    @Startup
    SentenceEmbedder sentenceEmbedder(
            @ConfigProperty(name = "factstream.embedding.cache-dir", defaultValue = ".work/djl") String cacheDir,
            @ConfigProperty(name = "factstream.embedding.threads", defaultValue = "2") int threads) {
        return new SentenceEmbedder(Path.of(cacheDir), threads);
    }

    void close(@Disposes SentenceEmbedder embedder) {
        embedder.close();
    }

    @Produces
    @Singleton
    @Startup
    StanceJudge stanceJudge(SentenceEmbedder embedder) {
        return new StanceJudge(embedder, StanceModel.shipped());
    }
}
