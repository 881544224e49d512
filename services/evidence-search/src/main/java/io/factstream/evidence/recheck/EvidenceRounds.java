package io.factstream.evidence.recheck;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.Evidence;
import io.factstream.evidence.search.KeptEvidence;
import io.factstream.support.elasticsearch.Indices;
import io.factstream.support.elasticsearch.ReadThenWrite;
import io.factstream.support.elasticsearch.ReadThenWrite.Write;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Each checked claim's last evidence round, by claim id: a re-check adds new passages to that evidence. Apart from
 * the claims' embeddings, so that a new round rewrites no vector (each would be indexed again); read and written
 * by id, which Elasticsearch answers in real time, so it needs no refresh.
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
     * Starts a claim's rounds before its first search and returns the round to publish: 1, or the next round when
     * its article's new revision brought the claim again (its text may have changed, so its evidence is forgotten).
     */
    public int firstSearch(String claimId) throws IOException {
        return readThenWrite(claimId, stored -> {
            int round = stored == null ? ClaimEvidence.FIRST_ROUND : stored.round() + 1;
            return new Write<>(new EvidenceRound(round, List.of()), round);
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
            List<Evidence> merged = KeptEvidence.of(concat(stored.evidence(), found));
            int round = stored.round() == firstRound ? firstRound : stored.round() + 1;
            EvidenceRound settled = new EvidenceRound(round, merged);
            return new Write<>(settled, settled);
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
            List<Evidence> merged = KeptEvidence.of(concat(stored.evidence(), found));
            if (merged.stream().noneMatch(found::contains)) {
                return new Write<>(null, Optional.empty());
            }
            EvidenceRound next = new EvidenceRound(stored.round() + 1, merged);
            return new Write<>(next, Optional.of(next));
        });
    }

    private <T> T readThenWrite(String claimId, Function<EvidenceRound, Write<EvidenceRound, T>> change)
            throws IOException {
        return ReadThenWrite.change(client, INDEX, claimId, EvidenceRound.class, change);
    }

    private static List<Evidence> concat(List<Evidence> first, List<Evidence> then) {
        return Stream.concat(first.stream(), then.stream()).toList();
    }
}
