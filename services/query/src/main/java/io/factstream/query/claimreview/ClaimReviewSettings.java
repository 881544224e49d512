package io.factstream.query.claimreview;

/**
 * What a ClaimReview says about its publisher.
 *
 * @param publicUrl where readers reach the query service, without a trailing slash
 */
public record ClaimReviewSettings(String publisher, String publicUrl) {

    public ClaimReviewSettings {
        publicUrl = publicUrl.replaceAll("/+$", "");
    }
}
