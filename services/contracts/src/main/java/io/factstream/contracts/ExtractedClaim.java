package io.factstream.contracts;

import java.util.List;

/**
 * One check-worthy sentence of an article.
 *
 * @param start           offset of the sentence's first character in the cleaned article body
 * @param end             offset just past its last character
 * @param checkworthiness 0..1, how much the sentence looks like a checkable factual claim
 * @param numbers         the quantities the claim states, normalised
 * @param dates           the dates the claim mentions, resolved against the article's publication day
 * @param speaker         for quotes and reported speech, who said it, when the article makes that clear
 * @param entities        the people, organisations and places the claim names (null before schema version 4 of
 *                        {@link ArticleClaims})
 * @param embedding       the sentence's embedding, as check-worthiness scoring computed it (null before schema
 *                        version 2 of {@link ArticleClaims})
 */
public record ExtractedClaim(String claimId, String text, int start, int end, double checkworthiness,
        ClaimType type, String speaker, List<NumberMention> numbers, List<DateMention> dates,
        List<EntityMention> entities, Embedding embedding) {
}
