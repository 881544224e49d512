package io.factstream.evidence.search;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.evidence.passages.Passage;
import io.factstream.evidence.passages.PassageIndex;
import io.factstream.stance.StanceJudge;
import io.factstream.stance.StanceResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds other outlets' passages about a claim and judges their stance. A passage that the {@link StanceJudge}
 * finds not {@linkplain StanceResult#relevant() relevant} is not evidence and is never returned.
 */
@ApplicationScoped
public class EvidenceSearch {
    private static final int CANDIDATES = 20;
    private static final int KEPT = 5;

    private final PassageIndex passages;
    private final StanceJudge stanceJudge;

    public EvidenceSearch(PassageIndex passages, StanceJudge stanceJudge) {
        this.passages = passages;
        this.stanceJudge = stanceJudge;
    }

    public record ClaimQuery(String text, String outlet, String originId) {
    }

    public List<Evidence> find(ClaimQuery claim) throws IOException {
        String outlet = claim.outlet() == null ? "" : claim.outlet();
        String origin = claim.originId() == null ? "" : claim.originId();
        List<Passage> found = passages.search(claim.text(), outlet, origin, CANDIDATES).stream()
                .map(Hit::source)
                .toList();
        List<StanceResult> stances = stanceJudge.judgeAll(claim.text(), found.stream().map(Passage::text).toList());
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (stances.get(i).relevant()) {
                evidence.add(toEvidence(found.get(i), stances.get(i)));
            }
        }
        return evidence.stream()
                .sorted(Comparator.comparingDouble(Evidence::score).reversed())
                .limit(KEPT)
                .toList();
    }

    public StanceResult stance(String claim, String evidence) {
        return stanceJudge.judge(claim, evidence);
    }

    private static Evidence toEvidence(Passage passage, StanceResult stance) {
        return new Evidence(EvidenceKind.CROSS_REFERENCE, stance.stance(), passage.url(), passage.outlet(),
                passage.originId(), passage.text(), stance.score(), passage.publishedAt());
    }
}
