package io.factstream.embedding;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedding model of a service that embeds (claim extraction, evidence search), made once at start-up and
 * closed at shutdown. Settings: {@code factstream.embedding.cache-dir}, {@code factstream.embedding.threads} and
 * {@code factstream.embedding.load-at-start}: claim extraction embeds every article and loads the model at start, so
 * that a missing model fails the start; evidence search embeds only text sent to its HTTP endpoints and loads it then.
 * A plain program (the imports, the benchmarks) makes its own {@link SentenceEmbedder} and never loads this bean.
 */
@ApplicationScoped
public class EmbedderProducer {

    @Produces
    @Singleton
    @Startup
    SentenceEmbedder sentenceEmbedder(
            @ConfigProperty(name = "factstream.embedding.cache-dir", defaultValue = ".work/djl") String cacheDir,
            @ConfigProperty(name = "factstream.embedding.threads", defaultValue = "2") int threads,
            @ConfigProperty(name = "factstream.embedding.load-at-start", defaultValue = "true") boolean loadAtStart) {
        SentenceEmbedder embedder = new SentenceEmbedder(Path.of(cacheDir), threads);
        if (loadAtStart) {
            embedder.load();
        }
        return embedder;
    }

    void close(@Disposes SentenceEmbedder embedder) {
        embedder.close();
    }
}
