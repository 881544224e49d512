package io.factstream.evidence.reference;

import static io.factstream.support.elasticsearch.VectorSearch.CANDIDATES_PER_RESULT;
import static io.factstream.support.elasticsearch.VectorSearch.queryVector;
import static io.factstream.support.elasticsearch.VectorSearch.sourceWithVectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.factstream.support.elasticsearch.reference.ReferenceIndex;
import io.factstream.support.elasticsearch.reference.ReferencePassage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;

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

    /** BM25: reference passages that share words with {@code text}, best first. */
    public List<ReferencePassage> matching(String text, int size) throws IOException {
        return client.search(s -> s.index(ReferenceIndex.NAME).size(size).source(sourceWithVectors())
                        .query(q -> q.match(m -> m.field("text").query(text).minimumShouldMatch("30%"))),
                ReferencePassage.class).hits().hits().stream().map(Hit::source).toList();
    }

    /** kNN: reference passages whose embeddings are nearest to {@code embedding}, best first. */
    public List<ReferencePassage> nearest(float[] embedding, int size) throws IOException {
        return client.search(s -> s.index(ReferenceIndex.NAME).size(size).source(sourceWithVectors())
                        .knn(k -> k.field("embedding").queryVector(queryVector(embedding)).k(size)
                                .numCandidates(CANDIDATES_PER_RESULT * size)),
                ReferencePassage.class).hits().hits().stream().map(Hit::source).toList();
    }
}
