package io.factstream.evidence.passages;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.factstream.evidence.search.ClaimContext;
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
     * The two rankings of passages for a claim, in one request: BM25 over the words of {@code text} (passages with the
     * claim's names and from around its days first) and kNN nearest to {@code embedding}, best first, none of them from
     * {@code excluded}.
     */
    public Rankings<Passage> rankings(String text, ClaimContext context, float[] embedding, Exclusion excluded,
            int size) throws IOException {
        return Rankings.of(VectorSearch.byWordsAndByMeaning(client, INDEX, text, context.preferring("text",
                "publishedAt"), embedding, excluded.asFilter(), size, Passage.class));
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
