package io.factstream.evidence.rounds;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.factstream.contracts.Evidence;
import io.factstream.support.elasticsearch.Indices;
import io.factstream.support.elasticsearch.ReadThenWrite.Change;
import io.factstream.support.elasticsearch.ReadThenWrite.Write;
import io.factstream.support.elasticsearch.ReadThenWrite;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each checked claim's last evidence round, by claim id: a re-check adds new passages to that evidence. Apart from
 * the claims' embeddings, so that a new round rewrites no vector (each would be indexed again); read and written
 * by id, which Elasticsearch answers in real time, so it needs no refresh; the claims of one article at once.
 */
@ApplicationScoped
public class EvidenceRounds {
    static final String INDEX = "factstream-evidence-rounds";
    private final ElasticsearchClient client;

    public EvidenceRounds(ElasticsearchClient client) {
        this.client = client;
    }

    /** Before the first use, so nothing is written to an index that Elasticsearch would create with guessed types. */
    @PostConstruct
    void createIndex() {
        Indices.ensure(client, INDEX, "elasticsearch/evidence-rounds.json");
    }

    /**
     * Starts the claims' rounds before their first search and returns the round to publish for each: 1, or the next
     * round when its article's new revision brought the claim again (its text may have changed, so its evidence is
     * forgotten).
     */
    public List<Integer> firstSearches(List<String> claimIds) throws IOException {
        return changeAll(claimIds.stream().map(claimId -> new Change<EvidenceRound, Integer>(claimId, stored -> {
            EvidenceRound started = RoundRules.firstSearch(stored);
            return new Write<>(started, started.round());
        })).toList());
    }

    /** What a claim's first search found, in the round that {@link #firstSearches} started. */
    public record FirstSearch(String claimId, int firstRound, List<Evidence> found) {
    }

    /** Remembers what the first searches found ({@link RoundRules#settle}) and returns the rounds to publish. */
    public List<EvidenceRound> settleFirstSearches(List<FirstSearch> searches) throws IOException {
        return changeAll(searches.stream().map(search -> new Change<EvidenceRound, EvidenceRound>(search.claimId(),
                stored -> {
                    RoundRules.Settled settled = RoundRules.settle(stored, search.firstRound(), search.found());
                    return new Write<>(settled.stored(), settled.published());
                })).toList());
    }

    /**
     * Adds evidence from new passages to each claim's evidence so far. For every claim that any of it is kept for
     * ({@link RoundRules#withNewEvidence}), the claim's next round is remembered and returned, by claim id.
     */
    public Map<String, EvidenceRound> addEvidence(Map<String, List<Evidence>> foundByClaim) throws IOException {
        List<String> claimIds = List.copyOf(foundByClaim.keySet());
        List<Optional<EvidenceRound>> next = changeAll(claimIds.stream().map(claimId ->
                new Change<EvidenceRound, Optional<EvidenceRound>>(claimId, stored -> {
                    Optional<EvidenceRound> round = RoundRules.withNewEvidence(stored, foundByClaim.get(claimId));
                    return new Write<>(round.orElse(null), round);
                })).toList());
        Map<String, EvidenceRound> rounds = new LinkedHashMap<>();
        for (int i = 0; i < claimIds.size(); i++) {
            String claimId = claimIds.get(i);
            next.get(i).ifPresent(round -> rounds.put(claimId, round));
        }
        return rounds;
    }

    private <T> List<T> changeAll(List<Change<EvidenceRound, T>> changes) throws IOException {
        return ReadThenWrite.changeAll(client, INDEX, EvidenceRound.class, changes);
    }
}
