package io.factstream.contracts;

/**
 * One check-worthy sentence of an article.
 *
 * @param start          offset of the sentence's first character in the cleaned article body
 * @param end            offset just past its last character
 * @param checkworthiness 0..1, how much the sentence looks like a checkable factual claim
 */
public record ExtractedClaim(String claimId, String text, int start, int end, double checkworthiness) {
}
