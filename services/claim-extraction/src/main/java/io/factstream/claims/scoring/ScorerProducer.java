package io.factstream.claims.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

@ApplicationScoped
public class ScorerProducer {

    @Produces
    @ApplicationScoped
    CheckworthinessScorer checkworthinessScorer() {
        return new CheckworthinessScorer();
    }
}
