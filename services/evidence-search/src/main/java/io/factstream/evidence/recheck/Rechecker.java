package io.factstream.evidence.recheck;

import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.Evidence;
import io.factstream.evidence.passages.Passage;
import io.factstream.evidence.query.Exclusion;
import io.factstream.evidence.rounds.EvidenceRounds;
import io.factstream.evidence.search.EvidenceSearch;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * New coverage may settle claims checked before it existed: the reverse search. Each new passage is matched
 * against the claims checked so far; the passages near a claim that the stance judge finds to be evidence for it are
 * added to the claim's evidence so far, and when any of them is kept, the claim's evidence is published as its next
 * round, so its verdict can be revised. Only the new passages are judged: the rest of the claim's evidence is what
 * its earlier rounds found, so a re-check costs no search over the passages.
 */
@ApplicationScoped
public class Rechecker {
    /** Cosine similarity from which a passage may bear on a claim; the stance judge then decides. */
    private static final double BEARS_ON = 0.5;
    private static final int CLAIMS_PER_PASSAGE = 3;
    private static final int MAX_CLAIMS_PER_ARTICLE = 20;

    private final CheckedClaims checkedClaims;
    private final EvidenceRounds evidenceRounds;
    private final EvidenceSearch search;
    private final Clock clock;

    public Rechecker(CheckedClaims checkedClaims, EvidenceRounds evidenceRounds, EvidenceSearch search, Clock clock) {
        this.checkedClaims = checkedClaims;
        this.evidenceRounds = evidenceRounds;
        this.search = search;
        this.clock = clock;
    }

    /**
     * @param newPassages an article's passages, searchable with the article's claims (so that two articles re-checked
     *                    at the same moment find each other's claims, or their own claims are found by the other's
     *                    first search)
     * @param newSource   whose they are: claims of that article, outlet or origin are not re-checked with them
     * @return the fresh evidence rounds to publish
     */
    public List<ClaimEvidence> recheck(List<Passage> newPassages, Exclusion newSource)
            throws IOException {
        if (newPassages.isEmpty()) {
            return List.of();
        }
        Map<String, ClaimAndPassages> borne = claimsBorneOn(newPassages, newSource);
        Map<String, List<Evidence>> found = new LinkedHashMap<>();
        borne.forEach((claimId, claimAndPassages) -> {
            List<Evidence> evidence = search.crossReferences(claimAndPassages.claim().asStatement(),
                    claimAndPassages.near());
            if (!evidence.isEmpty()) {
                found.put(claimId, evidence);
            }
        });
        List<ClaimEvidence> fresh = new ArrayList<>();
        evidenceRounds.addEvidence(found).forEach((claimId, round) -> {
            CheckedClaim claim = borne.get(claimId).claim();
            fresh.add(round.published(claim.claimId(), claim.articleId(), claim.text(), claim.outlet(),
                    claim.publishedAt(), clock.instant(), null));
        });
        return fresh;
    }

    /** A claim and the new passages near it. */
    private record ClaimAndPassages(CheckedClaim claim, List<Passage> near) {
    }

    private Map<String, ClaimAndPassages> claimsBorneOn(List<Passage> newPassages, Exclusion newSource)
            throws IOException {
        Map<String, ClaimAndPassages> borne = new LinkedHashMap<>();
        List<List<CheckedClaim>> nearest = checkedClaims.nearestToEach(
                newPassages.stream().map(Passage::embedding).toList(), newSource, CLAIMS_PER_PASSAGE, BEARS_ON);
        for (int i = 0; i < newPassages.size(); i++) {
            Passage passage = newPassages.get(i);
            for (CheckedClaim claim : nearest.get(i)) {
                if (borne.containsKey(claim.claimId()) || borne.size() < MAX_CLAIMS_PER_ARTICLE) {
                    borne.computeIfAbsent(claim.claimId(), id -> new ClaimAndPassages(claim, new ArrayList<>()))
                            .near().add(passage);
                }
            }
        }
        return borne;
    }
}
