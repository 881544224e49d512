package io.factstream.evidence.search;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.evidence.passages.Passage;
import io.factstream.evidence.passages.PassageIndex;
import io.factstream.evidence.stance.StanceResult;
import io.factstream.evidence.stance.StanceRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * Finds other outlets' passages about a claim and judges their stance. A passage that is not about
 * the same thing (below {@link StanceRule#SAME_TOPIC}) is not evidence and is never returned.
 */
@ApplicationScoped
public class EvidenceSearch {
    private static final int CANDIDATES = 20;
    private static final int KEPT = 5;

    private final PassageIndex passages;
    private final StanceRule stanceRule;

    public EvidenceSearch(PassageIndex passages) {
        this.passages = passages;
        this.stanceRule = new StanceRule();
    }

    public record ClaimQuery(String text, String outlet, String originId) {
    }

    public List<Evidence> find(ClaimQuery claim) throws IOException {
        String outlet = claim.outlet() == null ? "" : claim.outlet();
        String origin = claim.originId() == null ? "" : claim.originId();
        return passages.search(claim.text(), outlet, origin, CANDIDATES).stream()
                .map(Hit::source)
                .map(passage -> toEvidence(passage, stanceRule.judge(claim.text(), passage.text())))
                .filter(evidence -> evidence.score() >= StanceRule.SAME_TOPIC)
                .sorted(Comparator.comparingDouble(Evidence::score).reversed())
                .limit(KEPT)
                .toList();
    }

    public StanceResult stance(String claim, String evidence) {
        return stanceRule.judge(claim, evidence);
    }

    private static Evidence toEvidence(Passage passage, StanceResult stance) {
        return new Evidence(EvidenceKind.CROSS_REFERENCE, stance.stance(), passage.url(), passage.outlet(),
                passage.originId(), passage.text(), stance.score(), passage.publishedAt());
    }
}
