package io.factstream.contracts;

/**
 * A question a fact-checker could ask next about one claim.
 *
 * @param claimId the claim it asks about, so a report can leave out questions its verdict has answered
 */
public record FollowUp(String claimId, String question) {
}
