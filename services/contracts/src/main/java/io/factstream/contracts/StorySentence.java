package io.factstream.contracts;

/**
 * One sentence of a story's summary across its outlets, with the outlet that reported it.
 *
 * @param claimId the claim it is, in the report of {@code articleId}
 */
public record StorySentence(String articleId, String outlet, String claimId, String text) {
}
