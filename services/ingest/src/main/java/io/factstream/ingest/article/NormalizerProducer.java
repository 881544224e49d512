package io.factstream.ingest.article;

import io.factstream.ingest.cleaning.BoilerplateFilter;
import io.factstream.ingest.cleaning.LanguageIdentifier;
import io.factstream.ingest.cleaning.OutletLineHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class NormalizerProducer {

    @Produces
    @ApplicationScoped
    ArticleNormalizer articleNormalizer(@ConfigProperty(name = "factstream.ingest.max-body-chars") int maxBodyChars,
            @ConfigProperty(name = "factstream.ingest.boilerplate.max-outlets") int maxOutlets,
            @ConfigProperty(name = "factstream.ingest.boilerplate.articles-per-outlet") int articlesPerOutlet,
            @ConfigProperty(name = "factstream.ingest.boilerplate.repeated-in-articles") int repeatedInArticles) {
        OutletLineHistory history = new OutletLineHistory(maxOutlets, articlesPerOutlet, repeatedInArticles);
        return new ArticleNormalizer(maxBodyChars, new BoilerplateFilter(history), new LanguageIdentifier());
    }
}
