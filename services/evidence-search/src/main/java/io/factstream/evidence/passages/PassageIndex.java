package io.factstream.evidence.passages;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.factstream.evidence.query.ClaimQuery;
import io.factstream.evidence.query.Rankings;
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
    public List<Rankings<Passage>> rankings(List<ClaimQuery> claims, int size) throws IOException {
        return VectorSearch.byWordsAndByMeaning(client, INDEX, claims.stream().map(claim -> new VectorSearch.Ask(
                        claim.text(), claim.context().preferring("text", "publishedAt"), claim.embedding(),
                        claim.excluded().asFilter())).toList(), size, Passage.class)
                .stream().map(Rankings::of).toList();
    }
}
