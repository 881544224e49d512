package io.factstream.evidence.recheck;

import static io.factstream.support.elasticsearch.VectorSearch.CANDIDATES_PER_RESULT;
import static io.factstream.support.elasticsearch.VectorSearch.queryVector;
import static io.factstream.support.elasticsearch.VectorSearch.sourceWithVectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.factstream.evidence.passages.PassageIndex;
import io.factstream.support.elasticsearch.Indices;
import io.factstream.support.elasticsearch.VectorSearch;
import io.factstream.support.elasticsearch.VersionConflicts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The Elasticsearch index of every claim searched so far, which new passages are matched against. */
@ApplicationScoped
public class CheckedClaims {
    static final String INDEX = "factstream-checked-claims";
    private static final int ATTEMPTS = 5;
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
     * Remembers a claim at its first search and returns the round to publish: 1, or the next round when its
     * article's new revision brought the claim again (its text and embedding may have changed).
     */
    public int firstSearch(CheckedClaim claim) throws IOException {
        return saveNextRound(claim.claimId(), claim);
    }

    /** Makes every claim remembered so far searchable now. */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(INDEX));
    }

    /** Counts one more evidence round for the claim and returns it. */
    public int nextRound(String claimId) throws IOException {
        return saveNextRound(claimId, null);
    }

    /**
     * Read, then write only if nobody wrote in between (optimistic concurrency: several instances may re-check one
     * claim at the same moment); Elasticsearch here runs without a scripting language, so no scripted update.
     *
     * @param replacement the claim as it is now, or null to keep the remembered one
     */
    private int saveNextRound(String claimId, CheckedClaim replacement) throws IOException {
        for (int attempt = 1; ; attempt++) {
            GetResponse<CheckedClaim> current = client.get(g -> g.index(INDEX).id(claimId).sourceIncludes("round"),
                    CheckedClaim.class);
            int round = current.found() ? current.source().round() + 1 : 1;
            try {
                if (!current.found()) {
                    client.index(i -> i.index(INDEX).id(claimId).document(withRound(replacement, round))
                            .opType(OpType.Create));
                } else {
                    Object changed = replacement == null ? Map.of("round", round) : withRound(replacement, round);
                    client.update(u -> u.index(INDEX).id(claimId).doc(changed).ifSeqNo(current.seqNo())
                            .ifPrimaryTerm(current.primaryTerm()), Object.class);
                }
                return round;
            } catch (ElasticsearchException | IOException e) {
                if (!VersionConflicts.isConflict(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static CheckedClaim withRound(CheckedClaim claim, int round) {
        return new CheckedClaim(claim.claimId(), claim.articleId(), claim.outlet(), claim.originId(),
                claim.publishedAt(), claim.text(), claim.embedding(), round);
    }

    /** For each passage embedding, the earlier claims nearest to it, none of them from the passages' own source. */
    public List<List<CheckedClaim>> nearestToEach(List<float[]> passageEmbeddings, PassageIndex.Exclusion passageSource,
            int size) throws IOException {
        if (passageEmbeddings.isEmpty()) {
            return List.of();
        }
        // one request for all of an article's passages: a search each would be a round trip each
        MsearchResponse<CheckedClaim> response = client.msearch(request -> {
            passageEmbeddings.forEach(embedding -> request.searches(search -> search.header(h -> h.index(INDEX))
                    .body(body -> body.size(size).source(sourceWithVectors()).knn(k -> k.field("embedding")
                            .queryVector(queryVector(embedding)).k(size).numCandidates(CANDIDATES_PER_RESULT * size)
                            .filter(passageSource.asFilter())))));
            return request;
        }, CheckedClaim.class);
        return VectorSearch.results(response);
    }
}
