package io.factstream.evidence.recheck;

import static io.factstream.support.elasticsearch.VectorSearch.CANDIDATES_PER_RESULT;
import static io.factstream.support.elasticsearch.VectorSearch.queryVector;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import io.factstream.contracts.Evidence;
import io.factstream.evidence.passages.PassageIndex;
import io.factstream.evidence.search.KeptEvidence;
import io.factstream.support.elasticsearch.Indices;
import io.factstream.support.elasticsearch.VectorSearch;
import io.factstream.support.elasticsearch.VersionConflicts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

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
     * Remembers a claim before its first search and returns the round to publish: 1, or the next round when its
     * article's new revision brought the claim again (its text and embedding may have changed, so its evidence is
     * forgotten).
     */
    public int firstSearch(CheckedClaim claim) throws IOException {
        return readThenWrite(claim.claimId(), stored -> {
            int round = stored == null ? 1 : stored.round() + 1;
            return new Write<>(withRound(claim, round), round);
        });
    }

    /**
     * Remembers what the first search found. A re-check may have published a round for the claim in between
     * (passages that arrived during the search): then the evidence of both is published as the round after it.
     */
    public EvidenceRound settleFirstSearch(String claimId, int firstRound, List<Evidence> found) throws IOException {
        return readThenWrite(claimId, stored -> {
            if (stored == null) {
                return new Write<>(null, new EvidenceRound(firstRound, found));
            }
            List<Evidence> merged = KeptEvidence.of(concat(stored.evidenceSoFar(), found));
            int round = stored.round() == firstRound ? firstRound : stored.round() + 1;
            return new Write<>(Map.of("round", round, "evidence", merged), new EvidenceRound(round, merged));
        });
    }

    /**
     * Adds evidence from new passages to the claim's evidence so far. If any of it is kept (it is more relevant than
     * what the claim has), the claim's next round is remembered and returned.
     */
    public Optional<EvidenceRound> addEvidence(String claimId, List<Evidence> found) throws IOException {
        return readThenWrite(claimId, stored -> {
            if (stored == null) {
                return new Write<>(null, Optional.empty());
            }
            List<Evidence> merged = KeptEvidence.of(concat(stored.evidenceSoFar(), found));
            if (merged.stream().noneMatch(found::contains)) {
                return new Write<>(null, Optional.empty());
            }
            int round = stored.round() + 1;
            return new Write<>(Map.of("round", round, "evidence", merged),
                    Optional.of(new EvidenceRound(round, merged)));
        });
    }

    /** Makes every claim remembered so far searchable now. */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(INDEX));
    }

    /** @param document what to write over the stored claim (all of it, or some fields), or null to write nothing */
    private record Write<T>(Object document, T answer) {
    }

    /**
     * Read, then write only if nobody wrote in between (optimistic concurrency: several instances may re-check one
     * claim at the same moment); Elasticsearch here runs without a scripting language, so no scripted update.
     *
     * @param change from the claim as stored (null if it is not), what to write and answer
     */
    private <T> T readThenWrite(String claimId, Function<CheckedClaim, Write<T>> change) throws IOException {
        for (int attempt = 1; ; attempt++) {
            GetResponse<CheckedClaim> current = client.get(g -> g.index(INDEX).id(claimId)
                    .sourceIncludes("round", "evidence"), CheckedClaim.class);
            Write<T> write = change.apply(current.found() ? current.source() : null);
            try {
                if (write.document() != null && !current.found()) {
                    client.index(i -> i.index(INDEX).id(claimId).document(write.document()).opType(OpType.Create));
                } else if (write.document() != null) {
                    client.update(u -> u.index(INDEX).id(claimId).doc(write.document()).ifSeqNo(current.seqNo())
                            .ifPrimaryTerm(current.primaryTerm()), Object.class);
                }
                return write.answer();
            } catch (ElasticsearchException | IOException e) {
                if (!VersionConflicts.isConflict(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static CheckedClaim withRound(CheckedClaim claim, int round) {
        return new CheckedClaim(claim.claimId(), claim.articleId(), claim.outlet(), claim.originId(),
                claim.publishedAt(), claim.text(), claim.embedding(), round, List.of());
    }

    private static List<Evidence> concat(List<Evidence> first, List<Evidence> then) {
        return Stream.concat(first.stream(), then.stream()).toList();
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
                    .body(body -> body.size(size).source(withoutEvidence()).knn(k -> k.field("embedding")
                            .queryVector(queryVector(embedding)).k(size).numCandidates(CANDIDATES_PER_RESULT * size)
                            .filter(passageSource.asFilter())))));
            return request;
        }, CheckedClaim.class);
        return VectorSearch.results(response);
    }

    private static SourceConfig withoutEvidence() {
        return SourceConfig.of(c -> c.filter(f -> f.excludeVectors(false).excludes("evidence")));
    }
}
