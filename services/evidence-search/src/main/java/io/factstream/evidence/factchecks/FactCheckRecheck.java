package io.factstream.evidence.factchecks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.Evidence;
import io.factstream.evidence.query.Exclusion;
import io.factstream.evidence.recheck.CheckedClaim;
import io.factstream.evidence.recheck.CheckedClaims;
import io.factstream.evidence.rounds.EvidenceRounds;
import io.factstream.evidence.stage.EvidencePublisher;
import io.factstream.reference.factchecks.FactCheckIndex;
import io.factstream.stance.SameClaim;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fact-check imported after a claim was checked re-checks it, as new coverage does: each new fact-check is matched
 * against the claims checked so far (the nearest by meaning, then {@link FactCheckMatches}), and a claim it matches
 * gets it added to its evidence as its next round, so its verdict is revised. Every instance looks for new
 * fact-checks on a schedule; {@link NewFactChecks} hands each to one of them.
 */
@ApplicationScoped
public class FactCheckRecheck {
    private static final int BATCH = 50;
    /** Claims per fact-check looked at; the same claim in several articles is several claims. */
    private static final int CLAIMS_PER_FACT_CHECK = 10;
    private static final Exclusion NONE = new Exclusion(null, null, null);

    private final ElasticsearchClient client;
    private final NewFactChecks newFactChecks;
    private final CheckedClaims checkedClaims;
    private final EvidenceRounds evidenceRounds;
    private final EvidencePublisher publisher;
    private final Clock clock;

    public FactCheckRecheck(ElasticsearchClient client, CheckedClaims checkedClaims, EvidenceRounds evidenceRounds,
            EvidencePublisher publisher, Clock clock) {
        this.client = client;
        this.newFactChecks = new NewFactChecks(client, FactCheckIndex.NAME);
        this.checkedClaims = checkedClaims;
        this.evidenceRounds = evidenceRounds;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Before the first look, so nothing is written to an index that Elasticsearch would create with guessed types. */
    @PostConstruct
    void createIndex() {
        FactCheckIndex.ensure(client, FactCheckIndex.NAME);
    }

    @Scheduled(every = "${factstream.evidence.fact-check-recheck-every}",
            delayed = "${factstream.evidence.fact-check-recheck-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recheckNewFactChecks() throws IOException {
        List<NewFactChecks.Taken> taken;
        do {
            Instant now = clock.instant();
            taken = newFactChecks.take(BATCH, now);
            publisher.publishAll(freshRounds(taken));
            newFactChecks.markRechecked(taken, clock.instant());
        } while (taken.size() == BATCH);
    }

    private List<ClaimEvidence> freshRounds(List<NewFactChecks.Taken> taken) throws IOException {
        if (taken.isEmpty()) {
            return List.of();
        }
        List<List<CheckedClaim>> nearest = checkedClaims.nearestToEach(taken.stream()
                .map(each -> each.factCheck().embedding()).toList(), NONE, CLAIMS_PER_FACT_CHECK, SameClaim.CLOSE);
        Map<String, CheckedClaim> claims = new HashMap<>();
        Map<String, List<Evidence>> found = new LinkedHashMap<>();
        for (int i = 0; i < taken.size(); i++) {
            for (CheckedClaim claim : nearest.get(i)) {
                List<Evidence> matches = FactCheckMatches.of(claim.asStatement(), claim.speaker(),
                        List.of(taken.get(i).factCheck()));
                if (!matches.isEmpty()) {
                    claims.put(claim.claimId(), claim);
                    found.computeIfAbsent(claim.claimId(), id -> new ArrayList<>()).addAll(matches);
                }
            }
        }
        List<ClaimEvidence> fresh = new ArrayList<>();
        Instant now = clock.instant();
        evidenceRounds.addEvidence(found).forEach((claimId, round) -> {
            CheckedClaim claim = claims.get(claimId);
            fresh.add(round.published(claim.claimId(), claim.articleId(), claim.text(), claim.outlet(),
                    claim.publishedAt(), now, null));
        });
        return fresh;
    }
}
