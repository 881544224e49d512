package io.factstream.ingest.cdc;

import com.fasterxml.jackson.databind.JsonNode;
import io.factstream.ingest.article.ArticleSubmission;
import java.util.Optional;

/**
 * Reads a Debezium change event of the newsroom CMS table (JSON, schemas disabled) through the
 * configured column mapping. Inserts, snapshot reads and updates carry an article (an update with
 * changed content becomes a new revision downstream); deletes and tombstones carry none, since a
 * removed CMS row must not erase verdicts already published.
 */
public class CmsRowMapper {
    private final CmsColumns columns;

    public CmsRowMapper(CmsColumns columns) {
        this.columns = columns;
    }

    public Optional<ArticleSubmission> toSubmission(JsonNode changeEvent) {
        if (changeEvent == null || changeEvent.isNull()) {
            return Optional.empty();
        }
        JsonNode row = changeEvent.path("after");
        String operation = changeEvent.path("op").asText("");
        if (row.isMissingNode() || row.isNull() || operation.equals("d")) {
            return Optional.empty();
        }
        return Optional.of(new ArticleSubmission(text(row, columns.url()), text(row, columns.title()),
                text(row, columns.body()), text(row, columns.outlet()), text(row, columns.publishedAt()),
                columns.contentType()));
    }

    private static String text(JsonNode row, String column) {
        JsonNode value = row.path(column);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
