package io.factstream.evidence.recheck;

import static io.factstream.support.elasticsearch.VectorSearch.nearest;
import static io.factstream.support.elasticsearch.VectorSearch.sourceWithVectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.factstream.evidence.query.Exclusion;
import io.factstream.support.elasticsearch.Indices;
import io.factstream.support.elasticsearch.VectorSearch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;

/** The Elasticsearch index of every claim searched so far, which new passages are matched against. */
@ApplicationScoped
public class CheckedClaims {
    public static final String INDEX = "factstream-checked-claims";
    private final ElasticsearchClient client;

    public CheckedClaims(ElasticsearchClient client) {
        this.client = client;
    }

    /** Before the first use, so nothing is written to an index that Elasticsearch would create with guessed types. */
    @PostConstruct
    void createIndex() {
        Indices.ensure(client, INDEX, "elasticsearch/checked-claims.json");
    }

    /**
     * The bulk operation that remembers a claim before its first search (again, if its article's new revision
     * brought it again).
     */
    public BulkOperation remembering(CheckedClaim claim) {
        return BulkOperation.of(op -> op.index(i -> i.index(INDEX).id(claim.claimId()).document(claim)));
    }

    /**
     * For each passage embedding, the earlier claims nearest to it at a cosine similarity of at least
     * {@code minSimilarity}, none of them from the passages' own source. Most passages have none near: the threshold
     * in the search spares fetching the claims (and their vectors) only to drop them.
     */
    public List<List<CheckedClaim>> nearestToEach(List<float[]> passageEmbeddings, Exclusion passageSource,
            int size, double minSimilarity) throws IOException {
        if (passageEmbeddings.isEmpty()) {
            return List.of();
        }
        // one request for all of an article's passages: a search each would be a round trip each
        MsearchResponse<CheckedClaim> response = client.msearch(request -> {
            passageEmbeddings.forEach(embedding -> request.searches(search -> search.header(h -> h.index(INDEX))
                    .body(body -> body.size(size).source(sourceWithVectors())
                            .query(nearest(embedding, size, (float) minSimilarity, passageSource.asFilter())))));
            return request;
        }, CheckedClaim.class);
        return VectorSearch.results(response);
    }
}
