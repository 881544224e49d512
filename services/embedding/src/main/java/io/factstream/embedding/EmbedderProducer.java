package io.factstream.embedding;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedding model of a service that embeds (claim extraction, evidence search), loaded once at start-up and
 * closed at shutdown. Settings: {@code factstream.embedding.cache-dir} and {@code factstream.embedding.threads}. A
 * plain program (the imports, the benchmarks) makes its own {@link SentenceEmbedder} and never loads this bean.
 */
@ApplicationScoped
public class EmbedderProducer {

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
}
