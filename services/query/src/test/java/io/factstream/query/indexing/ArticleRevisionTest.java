package io.factstream.query.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.VerdictLabel;
import io.factstream.query.ResultTopics;
import io.factstream.query.report.ResultReader;
import io.factstream.query.search.ClaimHit;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An article's new revision on the real topics replaces its claims and their verdicts in the real Elasticsearch. */
@QuarkusTest
class ArticleRevisionTest {
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    ResultTopics topics;
    @Inject
    ResultReader reader;

    private final String marker = ResultTopics.newMarker();
    private final String articleId = ResultTopics.newArticleId();

    @Test
    void aRevisionThatMovesAndDropsSentencesLeavesNoClaimOrVerdictAtTheOldOffsets() throws Exception {
        String pier = "The " + marker + " pier reopened on Monday.";
        String ferry = "The " + marker + " ferry carried 300 riders.";
        String toll = "The " + marker + " toll rose by two euros.";
        String unjudged = "A sentence that no verdict reached before the revision dropped it.";
        List<String> first = topics.claims(articleId, "harbor-daily.example",
                Map.of(0, pier, 40, toll, 80, ferry, 120, unjudged), "economy, business and finance", PUBLISHED);
        for (String claimId : first.subList(0, 3)) {
            topics.verdict(claimId, 1, VerdictLabel.CORROBORATED);
        }
        topics.awaitSearchable(marker, 3);

        List<String> revised = topics.claims(articleId, "harbor-daily.example", Map.of(0, pier, 40, ferry),
                "economy, business and finance", PUBLISHED);
        assertEquals(Set.of(articleId + "-c0", articleId + "-c40"), awaitSearchedIds(Set.copyOf(revised)));
        assertEquals(ferry, reader.claim(articleId + "-c40").orElseThrow().text(), "the moved sentence replaces the toll");
        assertTrue(reader.claim(articleId + "-c80").isEmpty(), "the ferry's old offset");
        assertTrue(reader.newestVerdict(articleId + "-c80").isEmpty(), "the verdict on the ferry's old offset");
        assertTrue(reader.newestVerdict(articleId + "-c0").isPresent(), "the unchanged sentence keeps its verdict");
        assertTrue(reader.claim(articleId + "-c120").isEmpty(), "the dropped sentence that had no verdict");
        assertEquals(List.of(), topics.deadLettered(articleId), "a verdict not there to delete is no failure");
    }

    private Set<String> awaitSearchedIds(Set<String> expected) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Set<String> found;
        do {
            Thread.sleep(200);
            found = topics.claimsWith(marker).stream().map(ClaimHit::claimId).collect(Collectors.toSet());
        } while (!found.equals(expected) && System.nanoTime() < deadline);
        return found;
    }
}
