package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.util.List;

/**
 * What an article's earlier revisions left behind. Documents keyed by their offset in the article (passages, claims,
 * a claim's verdict) are not overwritten when a revision moves or drops sentences (an edit, or a paragraph that
 * ingest's cleaning now drops as the outlet's boilerplate), so the new revision deletes them: otherwise the old
 * sentences stay citable, searchable and re-checked as the article's own.
 */
public final class EarlierRevisions {
    /** More than any article has documents in the indices asked (Elasticsearch's default limit of one search). */
    private static final int MAX_DOCUMENTS = 10_000;

    private EarlierRevisions() {
    }

    /**
     * Deletions of the article's documents in {@code indices} (found by their {@code articleId} field) but those of
     * its current revision, {@code currentIds}; to be written with the revision's own documents. Found by a search,
     * so a document written since the index's last refresh escapes it.
     */
    public static List<BulkOperation> deletions(ElasticsearchClient client, String articleId, List<String> currentIds,
            String... indices) throws IOException {
        return client.search(search -> search.index(List.of(indices)).size(MAX_DOCUMENTS).source(s -> s.fetch(false))
                        .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("articleId").value(articleId)))
                                .mustNot(m -> m.ids(ids -> ids.values(currentIds))))), Void.class)
                .hits().hits().stream()
                .map(hit -> BulkOperation.of(op -> op.delete(d -> d.index(hit.index()).id(hit.id())))).toList();
    }
}
