package io.factstream.evidence.factchecks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.Ids;
import io.factstream.evidence.query.ClaimQuery;
import io.factstream.evidence.query.Rankings;
import io.factstream.evidence.search.ReciprocalRankFusion;
import io.factstream.reference.factchecks.FactCheckDocument;
import io.factstream.reference.factchecks.FactCheckIndex;
import io.factstream.support.elasticsearch.VectorSearch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The published fact-checks that {@code make import-factchecks} loads, matched against claims: candidates by the words
 * of the claim reviewed (BM25, the claim's names first) and by meaning (kNN), fused, then only those that reviewed
 * the same claim ({@link FactCheckMatches}).
 */
@ApplicationScoped
public class FactChecks {
    /** Candidates per ranking: the same claim, when checked, is nearly always among the first few of either. */
    static final int CANDIDATES = 5;
    private static final Query EVERY_DOCUMENT = Query.of(q -> q.matchAll(all -> all));

    private final ElasticsearchClient client;
    private final String index;

    @Inject
    public FactChecks(ElasticsearchClient client) {
        this(client, FactCheckIndex.NAME);
    }

    /** @param index the fact-checks index to read: another one than the pipeline's in benchmarks */
    public FactChecks(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** Before the first use, so nothing is written to an index that Elasticsearch would create with guessed types. */
    @PostConstruct
    void createIndex() {
        FactCheckIndex.ensure(client, index);
    }

    /** For each claim (embedded), the fact-checks of the same claim as evidence, best first; one request for all. */
    public List<List<Evidence>> matching(List<ClaimQuery> claims) throws IOException {
        List<List<FactCheckDocument>> candidates = candidates(claims);
        List<List<Evidence>> matches = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            matches.add(FactCheckMatches.of(claims.get(i), candidates.get(i)));
        }
        return matches;
    }

    /** For each claim (embedded), the fact-checks found by its words or meaning, fused, before any check. */
    public List<List<FactCheckDocument>> candidates(List<ClaimQuery> claims) throws IOException {
        List<Rankings<FactCheckDocument>> rankings = VectorSearch.byWordsAndByMeaning(client, index,
                FactCheckIndex.CLAIM_FIELD, claims.stream().map(claim -> new VectorSearch.Ask(claim.text(),
                        claim.context().namesIn(FactCheckIndex.CLAIM_FIELD), claim.embedding(), EVERY_DOCUMENT))
                        .toList(), CANDIDATES, FactCheckDocument.class)
                .stream().map(Rankings::of).toList();
        return rankings.stream().map(ranking -> ReciprocalRankFusion.fuse(ranking.both(), FactChecks::id)).toList();
    }

    static String id(FactCheckDocument factCheck) {
        return Ids.factCheckId(factCheck.reviewUrl(), factCheck.reviewer(), factCheck.claimReviewed());
    }
}
