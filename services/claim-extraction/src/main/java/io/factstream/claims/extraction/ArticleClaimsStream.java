package io.factstream.claims.extraction;

import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ArticleIngested;
import io.factstream.support.metrics.StageMetrics;
import io.micrometer.core.annotation.Timed;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/** {@code articles.ingested} to {@code claims.extracted}, one record per article. */
@ApplicationScoped
public class ArticleClaimsStream {
    private final ClaimExtractor extractor;

    public ArticleClaimsStream(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    @Incoming("articles-ingested")
    @Timed(value = StageMetrics.RECORDS, extraTags = {StageMetrics.STAGE, "claim-extraction.extract"})
    @Outgoing("claims-extracted")
    public Record<String, ArticleClaims> extract(ArticleIngested article) {
        return Record.of(article.articleId(), extractor.extract(article));
    }
}
