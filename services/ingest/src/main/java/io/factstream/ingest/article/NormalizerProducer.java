package io.factstream.ingest.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class NormalizerProducer {

    @Produces
    @ApplicationScoped
    ArticleNormalizer articleNormalizer(@ConfigProperty(name = "factstream.ingest.max-body-chars") int maxBodyChars) {
        return new ArticleNormalizer(maxBodyChars);
    }
}
