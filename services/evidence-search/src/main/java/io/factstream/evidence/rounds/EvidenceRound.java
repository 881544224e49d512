package io.factstream.evidence.rounds;

import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.Evidence;
import java.time.Instant;
import java.util.List;

/** A claim's evidence as last published, and as which round. */
public record EvidenceRound(int round, List<Evidence> evidence) {

    /**
     * The record that publishes this round of the claim on {@code claims.evidence}: the one place it is built.
     *
     * @param language the claim's article's language, or {@code null} on a later round, which only a checked claim
     *                 has
     */
    public ClaimEvidence published(String claimId, String articleId, String claimText, String outlet,
            Instant publishedAt, Instant checkedAt, String language) {
        return new ClaimEvidence(ClaimEvidence.SCHEMA_VERSION, claimId, articleId, claimText, outlet, publishedAt,
                round, checkedAt, evidence, language);
    }
}
