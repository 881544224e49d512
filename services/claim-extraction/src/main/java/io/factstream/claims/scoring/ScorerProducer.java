package io.factstream.claims.scoring;

import io.factstream.embedding.SentenceEmbedder;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the embedding model and the check-worthiness weights once, at startup. */
@ApplicationScoped
public class ScorerProducer {

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
    CheckworthinessScorer checkworthinessScorer(SentenceEmbedder embedder) {
        return new CheckworthinessScorer(embedder, CheckworthinessModel.shipped());
    }
}
