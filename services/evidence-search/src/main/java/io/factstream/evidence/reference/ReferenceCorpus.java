package io.factstream.evidence.reference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.factstream.evidence.search.ClaimContext;
import io.factstream.evidence.search.Rankings;
import io.factstream.support.elasticsearch.VectorSearch;
import io.factstream.support.elasticsearch.reference.ReferenceIndex;
import io.factstream.support.elasticsearch.reference.ReferencePassage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;

/** The reference corpus that {@code make import-corpus} loads: passages of encyclopedic documents. */
@ApplicationScoped
public class ReferenceCorpus {
    private static final Query EVERY_DOCUMENT = Query.of(q -> q.matchAll(all -> all));
    private final ElasticsearchClient client;

    public ReferenceCorpus(ElasticsearchClient client) {
        this.client = client;
    }

    /** Before the first use, so nothing is written to an index that Elasticsearch would create with guessed types. */
    @PostConstruct
    void createIndex() {
        ReferenceIndex.ensure(client, ReferenceIndex.NAME);
    }

    /**
     * BM25 over the words of {@code text} (passages with the claim's names first; a reference document's date is not
     * news, so it does not count) and kNN nearest to {@code embedding}, in one request, best first.
     */
    public Rankings<ReferencePassage> rankings(String text, ClaimContext context, float[] embedding, int size)
            throws IOException {
        return Rankings.of(VectorSearch.byWordsAndByMeaning(client, ReferenceIndex.NAME, text, context.namesIn("text"),
                embedding, EVERY_DOCUMENT, size, ReferencePassage.class));
    }
}
