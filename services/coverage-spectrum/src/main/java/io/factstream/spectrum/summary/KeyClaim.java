package io.factstream.spectrum.summary;

import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.Embedding;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.text.CentralSentences;
import java.util.List;

/** One of an article's most central claims, kept with its story member to summarise the story across outlets. */
public record KeyClaim(String claimId, String text, Embedding embedding) {
    /** Enough per article for a story summary of {@value StorySummary#SENTENCES} sentences to choose among. */
    static final int PER_ARTICLE = 5;

    /** The article's most central claims, in its own order; none for claims without embeddings (not checked). */
    public static List<KeyClaim> of(ArticleClaims article) {
        List<ExtractedClaim> claims = article.claims().stream().filter(claim -> claim.embedding() != null).toList();
        return CentralSentences.pick(claims.stream().map(ExtractedClaim::text).toList(),
                        claims.stream().map(claim -> claim.embedding().values()).toList(), PER_ARTICLE).stream()
                .map(claims::get).map(claim -> new KeyClaim(claim.claimId(), claim.text(), claim.embedding()))
                .toList();
    }
}
