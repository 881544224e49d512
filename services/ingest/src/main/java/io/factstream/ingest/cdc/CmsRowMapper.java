package io.factstream.ingest.cdc;

import com.fasterxml.jackson.databind.JsonNode;
import io.factstream.ingest.article.ArticleSubmission;
import java.util.Optional;

/**
 * Reads a Debezium change event of the newsroom CMS {@code articles} table (JSON, schemas disabled).
 * Inserts, updates and snapshot reads carry an article; deletes and tombstones carry none, since a
 * removed CMS row must not erase verdicts already published.
 */
public final class CmsRowMapper {
    private CmsRowMapper() {
    }

    public static Optional<ArticleSubmission> toSubmission(JsonNode changeEvent) {
        if (changeEvent == null || changeEvent.isNull()) {
            return Optional.empty();
        }
        JsonNode row = changeEvent.path("after");
        String operation = changeEvent.path("op").asText("");
        if (row.isMissingNode() || row.isNull() || operation.equals("d")) {
            return Optional.empty();
        }
        return Optional.of(new ArticleSubmission(text(row, "url"), text(row, "title"), text(row, "body"),
                text(row, "outlet"), text(row, "published_at"), "text/plain"));
    }

    private static String text(JsonNode row, String column) {
        JsonNode value = row.path(column);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
