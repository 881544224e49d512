package io.factstream.bench.summary;

import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.Stance;
import io.factstream.evidence.passages.Passage;
import io.factstream.evidence.passages.Passages;
import io.factstream.evidence.query.ClaimContext;
import io.factstream.evidence.query.ClaimQuery;
import io.factstream.evidence.query.Exclusion;
import io.factstream.evidence.rounds.KeptEvidence;
import io.factstream.evidence.search.EvidenceSearch;
import io.factstream.spectrum.clustering.StoryMember;
import io.factstream.spectrum.summary.KeyClaim;
import io.factstream.stance.StanceJudge;
import io.factstream.text.Vectors;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The story summary's refuted-claim rule with no evidence stage. Each key claim gets the evidence round that evidence
 * search would publish with no reference corpus and, indexed, only the passages of its event's articles from other
 * outlets: the {@value EvidenceSearch#CANDIDATES} passages nearest the claim by cosine (the service fuses this ranking
 * with BM25 in Elasticsearch), judged by the production stance judge as cross-references, the relevant ones kept as
 * evidence search keeps them ({@link KeptEvidence}). The claim is marked refuted when {@link KeyClaim#refutedBy} this
 * round, as coverage-spectrum marks it.
 */
final class CrossReferenceRefutation {
    private final StanceJudge judge;
    private int keyClaims;
    private int withEvidence;
    private int refuted;
    private int refutedByRule;

    CrossReferenceRefutation(StanceJudge judge) {
        this.judge = judge;
    }

    /**
     * The member with each key claim marked as its round reads it.
     *
     * @param extracted what claim extraction published for each article of the member's event, by article id
     */
    StoryMember marked(StoryMember member, Map<String, ArticleClaims> extracted) {
        ArticleClaims article = extracted.get(member.articleId());
        List<ArticleClaims> otherOutlets = extracted.values().stream()
                .filter(other -> !other.outlet().equals(article.outlet())).toList();
        StoryMember marked = member;
        for (KeyClaim key : member.keyClaims()) {
            ExtractedClaim claim = article.claims().stream().filter(c -> c.claimId().equals(key.claimId()))
                    .findFirst().orElseThrow();
            ClaimEvidence round = round(claim, article, otherOutlets);
            keyClaims++;
            withEvidence += round.evidence().isEmpty() ? 0 : 1;
            if (KeyClaim.refutedBy(round)) {
                refuted++;
                refutedByRule += round.evidence().stream()
                        .anyMatch(item -> item.stance() == Stance.REFUTES && item.byRule()) ? 1 : 0;
            }
            marked = marked.withRefuted(key.claimId(), KeyClaim.refutedBy(round)).orElse(marked);
        }
        return marked;
    }

    String counts() {
        return String.format(Locale.ROOT, "%d of %d key claims refuted (%d by a rule, %d by the stance model only; %d"
                + " have any cross-reference kept)", refuted, keyClaims, refutedByRule, refuted - refutedByRule,
                withEvidence);
    }

    private ClaimEvidence round(ExtractedClaim claim, ArticleClaims article, List<ArticleClaims> otherOutlets) {
        ClaimQuery query = new ClaimQuery(claim.text(), claim.embedding().values(),
                ClaimContext.of(claim, Passages.articleNames(article), article.publishedAt()),
                new Exclusion(article.articleId(), article.outlet(), article.originId()));
        List<Passage> candidates = otherOutlets.stream().flatMap(other -> Passages.of(other).stream())
                .sorted(Comparator.comparingDouble(passage -> -Vectors.cosine(query.embedding(), passage.embedding())))
                .limit(EvidenceSearch.CANDIDATES).toList();
        return new ClaimEvidence(ClaimEvidence.SCHEMA_VERSION, claim.claimId(), article.articleId(), claim.text(),
                article.outlet(), article.publishedAt(), ClaimEvidence.FIRST_ROUND, null,
                KeptEvidence.of(EvidenceSearch.crossReferences(judge, query.asStatement(), candidates)),
                article.language());
    }
}
