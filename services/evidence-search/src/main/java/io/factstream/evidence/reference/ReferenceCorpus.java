package io.factstream.evidence.reference;

import static io.factstream.support.elasticsearch.VectorSearch.CANDIDATES_PER_RESULT;
import static io.factstream.support.elasticsearch.VectorSearch.queryVector;
import static io.factstream.support.elasticsearch.VectorSearch.sourceWithVectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
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
    private final ElasticsearchClient client;

    public ReferenceCorpus(ElasticsearchClient client) {
        this.client = client;
    }

    /** Before the first use, so nothing is written to an index that Elasticsearch would create with guessed types. */
    @PostConstruct
    void createIndex() {
        ReferenceIndex.ensure(client, ReferenceIndex.NAME);
    }

    /** BM25 over the words of {@code text} and kNN nearest to {@code embedding}, in one request, best first. */
    public Rankings<ReferencePassage> rankings(String text, float[] embedding, int size) throws IOException {
        MsearchResponse<ReferencePassage> response = client.msearch(request -> request
                .searches(search -> search.header(h -> h.index(ReferenceIndex.NAME)).body(body -> body.size(size)
                        .source(sourceWithVectors())
                        .query(q -> q.match(m -> m.field("text").query(text).minimumShouldMatch("30%")))))
                .searches(search -> search.header(h -> h.index(ReferenceIndex.NAME)).body(body -> body.size(size)
                        .source(sourceWithVectors()).knn(k -> k.field("embedding").queryVector(queryVector(embedding))
                                .k(size).numCandidates(CANDIDATES_PER_RESULT * size)))),
                ReferencePassage.class);
        return Rankings.of(VectorSearch.results(response));
    }
}
