package io.factstream.query.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.ResultTopics;
import io.factstream.query.report.ResultReader;
import io.factstream.query.search.ClaimHit;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Verdicts arriving together on the real topic are indexed together, and a bad one fails alone. */
@QuarkusTest
class VerdictWritesTest {
    private static final Instant PUBLISHED = Instant.parse("2026-11-21T09:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int CLAIMS = 30;

    @Inject
    ResultTopics topics;
    @Inject
    ResultReader reader;

    private final String marker = ResultTopics.newMarker();
    private final String articleId = ResultTopics.newArticleId();

    @Test
    void everyClaimEndsWithItsNewestVerdictAndOnlyTheVerdictElasticsearchRefusesIsDeadLettered() throws Exception {
        Map<Integer, String> sentences = new TreeMap<>();
        for (int i = 0; i < CLAIMS; i++) {
            sentences.put(i * 100, "The " + marker + " bridge number " + i + " opened to traffic on Tuesday.");
        }
        List<String> claimIds = topics.claims(articleId, "river-gazette.example", sentences,
                "economy, business and finance", PUBLISHED);
        List<Verdict> verdicts = new ArrayList<>();
        for (String claimId : claimIds) {
            verdicts.add(ResultTopics.verdictOn(claimId, 1, VerdictLabel.CONTRADICTED));
            verdicts.add(ResultTopics.verdictOn(claimId, 2, VerdictLabel.CORROBORATED));
        }
        Collections.shuffle(verdicts, new Random(7));
        // Of the same article, so on the same partition, and far from the first verdict, which is written alone
        // while those behind it gather into batches: the refused verdict goes in a batch with others.
        String refused = articleId + "-c" + "9".repeat(600); // Elasticsearch refuses ids over 512 bytes
        verdicts.add(verdicts.size() / 2, ResultTopics.verdictOn(refused, 1, VerdictLabel.CORROBORATED));

        topics.verdicts(verdicts);

        List<ClaimHit> labelled = awaitLabelled(CLAIMS, 2);
        assertEquals(CLAIMS, labelled.size(), "claims labelled with revision 2: " + labelled);
        labelled.forEach(claim -> assertEquals(VerdictLabel.CORROBORATED, claim.label(), claim.claimId()));
        for (String claimId : claimIds) {
            assertEquals(2, reader.newestVerdict(claimId).orElseThrow().revision(), claimId);
        }
        List<String> deadLettered = awaitDeadLettered(articleId);
        assertEquals(1, deadLettered.size(), "only one verdict of the article dead-lettered: " + deadLettered);
        assertTrue(deadLettered.getFirst().contains(refused), "the verdict with the overlong id");
    }

    private List<ClaimHit> awaitLabelled(int count, int revision) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<ClaimHit> labelled;
        do {
            Thread.sleep(200);
            labelled = topics.claimsWith(marker).stream()
                    .filter(claim -> claim.verdictRevision() != null && claim.verdictRevision() == revision).toList();
        } while (labelled.size() < count && System.nanoTime() < deadline);
        return labelled;
    }

    private List<String> awaitDeadLettered(String text) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<String> found = topics.deadLettered(text);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            found = topics.deadLettered(text);
        }
        return found;
    }
}
