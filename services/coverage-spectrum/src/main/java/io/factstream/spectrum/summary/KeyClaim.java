package io.factstream.spectrum.summary;

import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.Embedding;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.Stance;
import io.factstream.text.CentralSentences;
import java.util.List;

/**
 * One of an article's most central claims, kept with its story member to summarise the story across outlets.
 *
 * @param refuted whether a source refutes it in its newest evidence round: a story's summary leaves it out, since
 *                what happened is not what one outlet says and another denies
 */
public record KeyClaim(String claimId, String text, Embedding embedding, boolean refuted) {
    /** Enough per article for a story summary of {@value StorySummary#SENTENCES} sentences to choose among. */
    public static final int PER_ARTICLE = 5;

    /** The article's most central claims, in its own order; none for claims without embeddings (not checked). */
    public static List<KeyClaim> of(ArticleClaims article) {
        List<ExtractedClaim> claims = article.claims().stream().filter(claim -> claim.embedding() != null).toList();
        return CentralSentences.pick(claims.stream().map(ExtractedClaim::text).toList(),
                        claims.stream().map(claim -> claim.embedding().values()).toList(), PER_ARTICLE).stream()
                .map(claims::get).map(claim -> new KeyClaim(claim.claimId(), claim.text(), claim.embedding(), false))
                .toList();
    }

    /** Whether the round's evidence refutes the claim: any source's refutation, by a rule or by the stance model. */
    public static boolean refutedBy(ClaimEvidence round) {
        return round.evidence().stream().anyMatch(item -> item.stance() == Stance.REFUTES);
    }
}
