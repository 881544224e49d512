package io.factstream.evidence.passages;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.factstream.evidence.search.EvidenceSearch;
import io.factstream.evidence.search.Rankings;
import io.factstream.support.elasticsearch.Indices;
import io.factstream.support.elasticsearch.VectorSearch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;

/** The Elasticsearch index of every article's passages. */
@ApplicationScoped
public class PassageIndex {
    public static final String INDEX = "factstream-passages";
    private final ElasticsearchClient client;

    public PassageIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /** Before the first use, so nothing is written to an index that Elasticsearch would create with guessed types. */
    @PostConstruct
    void createIndex() {
        Indices.ensure(client, INDEX, "elasticsearch/passages.json");
    }

    /** The bulk operations that index the passages. */
    public List<BulkOperation> indexing(List<Passage> passages) {
        return passages.stream().map(passage -> BulkOperation.of(op -> op.index(i -> i.index(INDEX)
                .id(passage.passageId()).document(passage)))).toList();
    }

    /**
     * The two rankings of passages for each claim, all in one request: BM25 over the words of its text (passages with
     * the claim's names and from around its days first) and kNN nearest to its embedding, best first, none of them
     * from the passages it must not cite.
     */
    public List<Rankings<Passage>> rankings(List<EvidenceSearch.ClaimQuery> claims, int size) throws IOException {
        return VectorSearch.byWordsAndByMeaning(client, INDEX, claims.stream().map(claim -> new VectorSearch.Ask(
                        claim.text(), claim.context().preferring("text", "publishedAt"), claim.embedding(),
                        claim.excluded().asFilter())).toList(), size, Passage.class)
                .stream().map(Rankings::of).toList();
    }

    /** Passages a claim must not cite: its own article's, its outlet's and those of its article's origin. */
    public record Exclusion(String articleId, String outlet, String originId) {
        public Query asFilter() {
            return Query.of(q -> q.bool(b -> b
                    .mustNot(n -> n.term(t -> t.field("articleId").value(FieldValue.of(orEmpty(articleId)))))
                    .mustNot(n -> n.term(t -> t.field("outlet").value(FieldValue.of(orEmpty(outlet)))))
                    .mustNot(n -> n.term(t -> t.field("originId").value(FieldValue.of(orEmpty(originId)))))));
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
