package io.factstream.reference.factchecks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.factstream.contracts.FactCheckRating;
import io.factstream.support.elasticsearch.StoredVector;

/**
 * One published fact-check as indexed in {@link FactCheckIndex}: the claim reviewed, who made it and when, who
 * reviewed it, where and when, its rating as published and normalised, where it was imported from, and the MiniLM
 * embedding of the claim reviewed. Dates are ISO-8601 dates or date-times, or null when the source gives none.
 *
 * @param source where the import read it, for a person: "train.tsv line 12", "claims.jsonl line 3"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true) // the re-check's lease and mark
public record FactCheckDocument(
        @JsonProperty("claim_reviewed") String claimReviewed,
        String claimant,
        @JsonProperty("claim_date") String claimDate,
        String reviewer,
        @JsonProperty("review_url") String reviewUrl,
        @JsonProperty("review_date") String reviewDate,
        @JsonProperty("rating_published") String ratingPublished,
        FactCheckRating.NormalisedRating rating,
        String source,
        @JsonProperty("imported_at") String importedAt,
        @JsonSerialize(using = StoredVector.Writer.class) @JsonDeserialize(using = StoredVector.Reader.class)
        float[] embedding) {

    /** As indexed: with the embedding of the claim reviewed and when it was imported. */
    public FactCheckDocument imported(float[] claimEmbedding, String at) {
        return new FactCheckDocument(claimReviewed, claimant, claimDate, reviewer, reviewUrl, reviewDate,
                ratingPublished, rating, source, at, claimEmbedding);
    }

    public FactCheckRating asRating() {
        return new FactCheckRating(ratingPublished, rating, claimant);
    }
}
