package io.factstream.evidence.search;

import io.factstream.contracts.Embedding;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.embedding.SentenceEmbedder;
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
 * Finds other outlets' passages about a claim and judges their stance. Candidates come from two rankings, BM25 over
 * the words and kNN over the embeddings, fused by {@link ReciprocalRankFusion}. A passage that the
 * {@link StanceJudge} finds not {@linkplain StanceResult#relevant() relevant} is not evidence and is never returned.
 * Claims from {@code claims.extracted} arrive with their embeddings and passages are indexed with theirs, so
 * nothing is embedded for them; only a claim sent as bare text is.
 */
@ApplicationScoped
public class EvidenceSearch {
    private static final int CANDIDATES = 20;
    private static final int KEPT = 5;

    private final PassageIndex passages;
    private final StanceJudge stanceJudge;
    private final SentenceEmbedder embedder;

    public EvidenceSearch(PassageIndex passages, StanceJudge stanceJudge, SentenceEmbedder embedder) {
        this.passages = passages;
        this.stanceJudge = stanceJudge;
        this.embedder = embedder;
    }

    /**
     * @param embedding the claim's embedding, or null to embed {@code text} here
     * @param excluded  whose passages the claim must not cite
     */
    public record ClaimQuery(String text, Embedding embedding, PassageIndex.Exclusion excluded) {
    }

    public List<Evidence> find(ClaimQuery claim) throws IOException {
        float[] claimEmbedding = claim.embedding() == null ? embedder.embed(claim.text()) : claim.embedding().values();
        List<Passage> found = ReciprocalRankFusion.fuse(List.of(
                        passages.matching(claim.text(), claim.excluded(), CANDIDATES),
                        passages.nearest(claimEmbedding, claim.excluded(), CANDIDATES)),
                Passage::passageId).stream().limit(CANDIDATES).toList();
        List<StanceResult> stances = stanceJudge.judgeAll(claim.text(), claimEmbedding,
                found.stream().map(Passage::text).toList(), found.stream().map(Passage::embedding).toList());
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
