package io.factstream.query.search;

import io.factstream.contracts.ClaimType;
import io.factstream.contracts.VerdictLabel;
import java.time.Instant;
import java.util.List;

/**
 * A claim found by search, with its newest verdict label ({@code null} before the first verdict).
 *
 * @param editorial an editor set the label, and has not withdrawn it ({@code null} before the first verdict)
 */
public record ClaimHit(String claimId, String articleId, String text, double checkworthiness, ClaimType type,
        String speaker, String outlet, Instant publishedAt, List<String> topics, VerdictLabel label,
        Integer verdictRevision, Boolean editorial) {
}
