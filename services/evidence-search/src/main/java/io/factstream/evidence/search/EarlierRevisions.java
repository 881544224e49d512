package io.factstream.evidence.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.factstream.evidence.passages.PassageIndex;
import io.factstream.evidence.recheck.CheckedClaims;
import io.factstream.support.elasticsearch.SearchableWrites;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;

/**
 * An article's new revision replaces its passages and checked claims. Their ids hold their offsets in the article,
 * so when a revision moves or drops sentences (an edit, or a paragraph that ingest's cleaning now drops as the
 * outlet's boilerplate), the earlier revision's documents would otherwise stay: its passages citable as the
 * article's words, its claims re-checked as the article's claims.
 */
@ApplicationScoped
public class EarlierRevisions {
    /** More than any article has passages and claims (Elasticsearch's default limit of one search's results). */
    private static final int MAX_DOCUMENTS = 10_000;
    private final ElasticsearchClient elasticsearch;

    public EarlierRevisions(ElasticsearchClient elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    /** Deletes the article's passages and checked claims but those of its current revision, {@code currentIds}. */
    public void forget(String articleId, List<String> currentIds) throws IOException {
        List<BulkOperation> deletes = elasticsearch.search(search -> search
                        .index(PassageIndex.INDEX, CheckedClaims.INDEX).size(MAX_DOCUMENTS).source(s -> s.fetch(false))
                        .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("articleId").value(articleId)))
                                .mustNot(m -> m.ids(ids -> ids.values(currentIds))))), Void.class)
                .hits().hits().stream()
                .map(hit -> BulkOperation.of(op -> op.delete(d -> d.index(hit.index()).id(hit.id())))).toList();
        SearchableWrites.write(elasticsearch, deletes);
    }
}
