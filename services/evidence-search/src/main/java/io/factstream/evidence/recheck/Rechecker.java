package io.factstream.evidence.recheck;

import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.Embedding;
import io.factstream.contracts.Evidence;
import io.factstream.evidence.passages.Passage;
import io.factstream.evidence.passages.PassageIndex;
import io.factstream.evidence.search.EvidenceSearch;
import io.factstream.stance.StanceJudge;
import io.factstream.stance.StanceResult;
import io.factstream.text.Vectors;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * New coverage may settle claims checked before it existed: the reverse search. Each new passage is matched
 * against the claims checked so far; a claim that one of its near passages is evidence for is searched again, and
 * when its evidence now cites the new article, that evidence is published as the claim's next round, so its
 * verdict can be revised.
 */
@ApplicationScoped
public class Rechecker {
    /** Cosine similarity from which a passage may bear on a claim; the stance judge then decides. */
    static final double BEARS_ON = 0.5;
    private static final int CLAIMS_PER_PASSAGE = 3;
    private static final int MAX_CLAIMS_PER_ARTICLE = 20;

    private final CheckedClaims checkedClaims;
    private final PassageIndex passages;
    private final EvidenceSearch search;
    private final StanceJudge stanceJudge;
    private final Clock clock = Clock.systemUTC();

    public Rechecker(CheckedClaims checkedClaims, PassageIndex passages, EvidenceSearch search,
            StanceJudge stanceJudge) {
        this.checkedClaims = checkedClaims;
        this.passages = passages;
        this.search = search;
        this.stanceJudge = stanceJudge;
    }

    /**
     * @param newPassages an article's passages, already indexed
     * @param articleUrl  that article's URL, by which its evidence is recognised
     * @return the fresh evidence rounds to publish
     */
    public List<ClaimEvidence> recheck(List<Passage> newPassages, PassageIndex.Exclusion newSource, String articleUrl)
            throws IOException {
        if (newPassages.isEmpty()) {
            return List.of();
        }
        checkedClaims.refresh();
        List<CheckedClaim> settled = claimsBorneOn(newPassages, newSource).values().stream()
                .filter(ClaimAndPassages::anyIsEvidence).map(ClaimAndPassages::claim).toList();
        if (settled.isEmpty()) {
            return List.of();
        }
        passages.refresh();
        List<ClaimEvidence> fresh = new ArrayList<>();
        for (CheckedClaim claim : settled) {
            List<Evidence> evidence = search.find(new EvidenceSearch.ClaimQuery(claim.text(),
                    Embedding.of(claim.embedding()),
                    new PassageIndex.Exclusion(claim.articleId(), claim.outlet(), claim.originId())));
            if (evidence.stream().anyMatch(item -> articleUrl.equals(item.url()))) {
                fresh.add(new ClaimEvidence(ClaimEvidence.SCHEMA_VERSION, claim.claimId(), claim.articleId(),
                        claim.text(), claim.outlet(), claim.publishedAt(), checkedClaims.nextRound(claim.claimId()),
                        clock.instant(), evidence));
            }
        }
        return fresh;
    }

    /** A claim and the new passages near it. */
    private final class ClaimAndPassages {
        private final CheckedClaim claim;
        private final List<Passage> near = new ArrayList<>();

        ClaimAndPassages(CheckedClaim claim) {
            this.claim = claim;
        }

        CheckedClaim claim() {
            return claim;
        }

        /** Judged in memory first: most claims near a new passage are not settled by it, and need no search. */
        boolean anyIsEvidence() {
            return stanceJudge.judgeAll(claim.text(), claim.embedding(), near.stream().map(Passage::text).toList(),
                    near.stream().map(Passage::embedding).toList()).stream().anyMatch(StanceResult::relevant);
        }
    }

    private Map<String, ClaimAndPassages> claimsBorneOn(List<Passage> newPassages, PassageIndex.Exclusion newSource)
            throws IOException {
        Map<String, ClaimAndPassages> borne = new LinkedHashMap<>();
        List<List<CheckedClaim>> nearest = checkedClaims.nearestToEach(
                newPassages.stream().map(Passage::embedding).toList(), newSource, CLAIMS_PER_PASSAGE);
        for (int i = 0; i < newPassages.size(); i++) {
            Passage passage = newPassages.get(i);
            for (CheckedClaim claim : nearest.get(i)) {
                if (Vectors.cosine(passage.embedding(), claim.embedding()) >= BEARS_ON
                        && (borne.containsKey(claim.claimId()) || borne.size() < MAX_CLAIMS_PER_ARTICLE)) {
                    borne.computeIfAbsent(claim.claimId(), id -> new ClaimAndPassages(claim)).near.add(passage);
                }
            }
        }
        return borne;
    }
}
