package io.factstream.spectrum.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.Bias;
import io.factstream.contracts.Embedding;
import io.factstream.contracts.StorySentence;
import io.factstream.spectrum.clustering.StoryMember;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySummaryTest {
    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    /** A unit vector along the given direction, so that which claims resemble which is plain to see. */
    private static KeyClaim claim(String id, double... direction) {
        double norm = Math.sqrt(Arrays.stream(direction).map(x -> x * x).sum());
        float[] values = new float[direction.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (direction[i] / norm);
        }
        return new KeyClaim(id, "Claim " + id + ".", Embedding.of(values), false);
    }

    private static StoryMember member(String articleId, String outlet, String originId, int hoursLater,
            KeyClaim... claims) {
        return new StoryMember(articleId, "s1", "https://" + outlet + "/" + articleId, "Title", "Lead.", outlet,
                Bias.UNRATED, originId, MONDAY.plusSeconds(3600L * hoursLater), null, null, List.of(claims));
    }

    private static List<String> claimIds(List<StorySentence> summary) {
        return summary.stream().map(StorySentence::claimId).toList();
    }

    @Test
    void oneOutletAloneLeavesTheSummaryToItsArticle() {
        assertTrue(StorySummary.of(List.of(member("a1", "a.example", "a1", 0, claim("a-reopened", 1, 0, 0, 0)),
                member("a2", "a.example", "a2", 1, claim("a-cost", 0, 1, 0, 0)))).isEmpty());
    }

    @Test
    void aReprintIsNoSecondOutlet() {
        assertTrue(StorySummary.of(List.of(member("a1", "wire.example", "a1", 0, claim("wire", 1, 0, 0, 0)),
                member("b1", "b.example", "a1", 2, claim("reprint", 1, 0, 0, 0)))).isEmpty());
    }

    @Test
    void everyOutletIsHeardOnceAndNoneRestatesAnother() {
        List<StorySentence> summary = StorySummary.of(List.of(
                member("a1", "a.example", "a1", 0, claim("a-reopened", 1, 0, 0, 0), claim("a-weather", 0, 0, 0, 1)),
                member("b1", "b.example", "b1", 1, claim("b-reopened", 1, -0.05, 0, 0), claim("b-cost", 0.6, 0.8, 0, 0)),
                member("c1", "c.example", "c1", 2, claim("c-traffic", 0.5, 0, 0.8, 0))));

        assertEquals(List.of("a-reopened", "c-traffic", "b-cost"), claimIds(summary),
                "the most central first; b's restatement of it is left out; b is heard before a's second claim");
        assertEquals(List.of("a.example", "c.example", "b.example"),
                summary.stream().map(StorySentence::outlet).toList());
        assertEquals("Claim b-cost.", summary.get(2).text());
        assertEquals("b1", summary.get(2).articleId());
    }

    @Test
    void aStoryWhoseOutletsOnlyRestateEachOtherHasAShortSummary() {
        assertEquals(List.of("a-reopened"), claimIds(StorySummary.of(List.of(
                member("a1", "a.example", "a1", 0, claim("a-reopened", 1, 0, 0, 0)),
                member("b1", "b.example", "b1", 1, claim("b-reopened", 1, 0.1, 0, 0))))));
    }

    @Test
    void aRefutedClaimIsLeftOutUntilTheRefutationGoes() {
        StoryMember monday = member("a1", "a.example", "a1", 0, claim("a-monday", 1, 0, 0, 0),
                claim("a-cost", 0.6, 0.8, 0, 0));
        StoryMember friday = member("b1", "b.example", "b1", 1, claim("b-friday", 0.95, 0, 0.3, 0),
                claim("b-traffic", 0.5, 0, 0.8, 0));
        StoryMember refuted = friday.withRefuted("b-friday", true).orElseThrow();

        assertTrue(claimIds(StorySummary.of(List.of(monday, refuted))).contains("b-traffic"));
        assertFalse(claimIds(StorySummary.of(List.of(monday, refuted))).contains("b-friday"));
        assertTrue(friday.withRefuted("b-friday", false).isEmpty(), "no change: not refuted before either");
        assertTrue(friday.withRefuted("no-such-claim", true).isEmpty(), "not a key claim of the article");
        StoryMember cleared = refuted.withRefuted("b-friday", false).orElseThrow();
        assertEquals(friday.keyClaims(), cleared.keyClaims(), "a later round without the refutation restores it");
    }
}
