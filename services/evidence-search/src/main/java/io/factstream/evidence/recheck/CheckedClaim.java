package io.factstream.evidence.recheck;

import io.factstream.contracts.Evidence;
import java.time.Instant;
import java.util.List;

/**
 * A claim whose evidence was searched, as remembered for re-checking: new coverage may bear on it later.
 *
 * @param round    the last evidence round published for it (1 for the first search)
 * @param evidence that round's evidence, which a re-check adds new passages to (null in claims remembered before
 *                 evidence was)
 */
public record CheckedClaim(String claimId, String articleId, String outlet, String originId, Instant publishedAt,
        String text, float[] embedding, int round, List<Evidence> evidence) {

    List<Evidence> evidenceSoFar() {
        return evidence == null ? List.of() : evidence;
    }
}
