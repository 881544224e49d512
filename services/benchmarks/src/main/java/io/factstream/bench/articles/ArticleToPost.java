package io.factstream.bench.articles;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.Ids;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An article in the shape of the ingest API's submission (its JSON field names), generated or read from a dataset,
 * so it can be posted as it is or written to the CMS table.
 *
 * @param outlet      the outlet's domain, as ingest derives it from the URL
 * @param publishedAt ISO-8601 with offset
 */
public record ArticleToPost(String url, String title, String body, String outlet, String publishedAt,
        String contentType) {

    /** As ingest would publish it once cleaned, for benchmarks of the stages after ingest. */
    public ArticleIngested asIngested() {
        Instant published = OffsetDateTime.parse(publishedAt).toInstant();
        String id = Ids.articleId(url);
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, 1, url, title, body, outlet, published, published,
                "bench", id, "en", null, null);
    }
}
