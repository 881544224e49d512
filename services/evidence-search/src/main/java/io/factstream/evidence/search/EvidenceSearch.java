package io.factstream.evidence.search;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Ids;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.evidence.factchecks.FactChecks;
import io.factstream.evidence.passages.Passage;
import io.factstream.evidence.passages.PassageIndex;
import io.factstream.evidence.query.ClaimQuery;
import io.factstream.evidence.query.Rankings;
import io.factstream.evidence.reference.ReferenceCorpus;
import io.factstream.evidence.reference.ReferenceDates;
import io.factstream.evidence.rounds.KeptEvidence;
import io.factstream.reference.corpus.ReferencePassage;
import io.factstream.stance.StanceJudge;
import io.factstream.stance.StanceResult;
import io.factstream.stance.Statement;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Finds other outlets' passages and reference-corpus passages about a claim and judges their stance. For each of
 * the two, candidates come from two rankings, BM25 over the words and kNN over the embeddings, fused by
 * {@link ReciprocalRankFusion}. A passage that the
 * {@link StanceJudge} finds not {@linkplain StanceResult#relevant() relevant} is not evidence and is never returned.
 * Claims from {@code claims.extracted} arrive with their embeddings and passages are indexed with theirs, so
 * nothing is embedded for them; only a claim sent as bare text is.
 */
@ApplicationScoped
public class EvidenceSearch {
    /**
     * Candidates judged per ranking. Fetching them with their vectors is most of Elasticsearch's work: ten per ranking
     * keep the best five.
     */
    public static final int CANDIDATES = 10;

    private final PassageIndex passages;
    private final ReferenceCorpus referenceCorpus;
    private final FactChecks factChecks;
    private final StanceJudge stanceJudge;
    private final SentenceEmbedder embedder;

    public EvidenceSearch(PassageIndex passages, ReferenceCorpus referenceCorpus, FactChecks factChecks,
            StanceJudge stanceJudge, SentenceEmbedder embedder) {
        this.passages = passages;
        this.referenceCorpus = referenceCorpus;
        this.factChecks = factChecks;
        this.stanceJudge = stanceJudge;
        this.embedder = embedder;
    }

    /**
     * For each claim, the best cross-references from other outlets, the best reference-corpus passages and the
     * published fact-checks of the same claim, each best first. The claims are searched together: one request to
     * each index for them all.
     */
    public List<List<Evidence>> find(List<ClaimQuery> claims) throws IOException {
        List<ClaimQuery> embedded = claims.stream().map(claim -> claim.embedded(embedder)).toList();
        List<Rankings<Passage>> passageRankings = passages.rankings(embedded, CANDIDATES);
        List<Rankings<ReferencePassage>> referenceRankings = referenceCorpus.rankings(embedded, CANDIDATES);
        List<List<Evidence>> factCheckMatches = factChecks.matching(embedded);
        List<List<Evidence>> found = new ArrayList<>();
        for (int i = 0; i < embedded.size(); i++) {
            found.add(judged(embedded.get(i), passageRankings.get(i), referenceRankings.get(i),
                    factCheckMatches.get(i)));
        }
        return found;
    }

    private List<Evidence> judged(ClaimQuery claim, Rankings<Passage> passageRankings,
            Rankings<ReferencePassage> referenceRankings, List<Evidence> factCheckMatches) {
        List<Passage> crossReferences = ReciprocalRankFusion.fuse(passageRankings.both(), Passage::passageId);
        List<ReferencePassage> references = ReciprocalRankFusion.fuse(referenceRankings.both(),
                reference -> Ids.referencePassageId(reference.url(), reference.position()));
        Statement claimStatement = claim.asStatement();
        List<Evidence> evidence = new ArrayList<>(crossReferences(claimStatement,
                crossReferences.stream().limit(CANDIDATES).toList()));
        evidence.addAll(judged(stanceJudge, claimStatement, references.stream().limit(CANDIDATES).toList(),
                reference -> Statement.withoutArticle(reference.text(), embedded(reference.embedding(),
                        reference.text())), EvidenceKind.REFERENCE, EvidenceSearch::reference));
        evidence.addAll(factCheckMatches);
        return KeptEvidence.of(evidence);
    }

    /** The passages the stance judge finds relevant to the claim, as cross-reference evidence. */
    public List<Evidence> crossReferences(Statement claim, List<Passage> passages) {
        return judged(stanceJudge, claim, passages,
                passage -> passage.asStatement(embedded(passage.embedding(), passage.text())),
                EvidenceKind.CROSS_REFERENCE, Passage::asEvidence);
    }

    /**
     * As {@link #crossReferences(Statement, List)}, for passages that carry their embeddings (all but those indexed
     * before embeddings were passed on): a plain function of the judge, with no index and no embedding.
     */
    public static List<Evidence> crossReferences(StanceJudge judge, Statement claim, List<Passage> passages) {
        return judged(judge, claim, passages, passage -> passage.asStatement(passage.embedding()),
                EvidenceKind.CROSS_REFERENCE, Passage::asEvidence);
    }

    /** Passages indexed before embeddings were passed on have none: they are embedded here. */
    private float[] embedded(float[] stored, String text) {
        return stored != null ? stored : embedder.embed(text);
    }

    /** The candidates the stance judge finds relevant, as evidence. */
    private static <T> List<Evidence> judged(StanceJudge judge, Statement claim, List<T> candidates,
            Function<T, Statement> asStatement, EvidenceKind kind, BiFunction<T, StanceResult, Evidence> toEvidence) {
        List<StanceResult> stances = judge.judgeAll(claim, candidates.stream().map(asStatement).toList(), kind);
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (stances.get(i).relevant()) {
                evidence.add(toEvidence.apply(candidates.get(i), stances.get(i)));
            }
        }
        return evidence;
    }

    public StanceResult stance(String claim, String evidence) {
        return stanceJudge.judge(claim, evidence);
    }

    /** A reference document is its own origin; its title names it where an article would name its outlet. */
    private static Evidence reference(ReferencePassage passage, StanceResult stance) {
        return new Evidence(EvidenceKind.REFERENCE, stance.stance(), passage.url(), passage.title(), passage.url(),
                passage.text(), stance.score(), ReferenceDates.instantOf(passage.date()), stance.basis(),
                stance.reason());
    }
}
