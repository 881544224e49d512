package io.factstream.spectrum.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryMatcherTest {
    private static final String BRIDGE = "Westport bridge reopens after 14 months of repairs. The Westport harbour "
            + "bridge reopened to traffic on Monday after 14 months of repairs. The city council said the repairs "
            + "cost 4.2 million euros, about 600,000 euros more than planned.";
    private static final String TRAM = StoryMatcher.titleAndLead("Tram line for Brill gets the council's approval",
            "The city council of Brill gave its approval to a new tram line on Tuesday.");
    private static final String TRAM_RETOLD = StoryMatcher.titleAndLead("Brill approves 14-kilometre tram line",
            "Councillors in Brill voted for a 14-kilometre tram route to the university.");
    private static final float[] CLOSE = unit(1, 0.1f);
    private static final float[] CLOSE_TOO = unit(1, 0.2f);
    private static final float[] FAR = unit(0.2f, 1);

    private static boolean sameStory(String text, String other) {
        return StoryMatcher.matchOnWords(text, null, other, null);
    }

    @Test
    void twoOutletsReportingOneEventMatch() {
        assertTrue(sameStory(BRIDGE, "Harbour bridge open again in Westport. After 14 months of "
                + "repairs, the Westport harbour bridge reopened to traffic on Monday. According to the city "
                + "council, the repairs cost 4.2 million euros."));
    }

    @Test
    void anotherEventWithTheSamePlaceDoesNotMatch() {
        assertFalse(sameStory(BRIDGE, "Westport fishing fleet lands record catch. The Westport fishing "
                + "fleet landed 1,200 tonnes of cod in October, a record for the port. The harbour authority said "
                + "auction prices fell by 8 percent."));
    }

    @Test
    void sharingGenericWordsIsNotEnough() {
        assertFalse(sameStory(BRIDGE, "Museum wing reopens. The museum reopened its east wing after "
                + "months of renovation that cost 2.7 million euros, more than the board planned for the term."));
    }

    @Test
    void aCloseMeaningLetsTheSameEventInOtherWordsMatch() {
        assertFalse(sameStory(TRAM, TRAM_RETOLD), "too few shared words alone");
        assertTrue(StoryMatcher.matchOnWords(TRAM, CLOSE, TRAM_RETOLD, CLOSE_TOO));
        assertFalse(StoryMatcher.matchOnWords(TRAM, CLOSE, TRAM_RETOLD, FAR), "meanings too far apart");
    }

    @Test
    void aCloseMeaningNeedsSomeSharedWordsAndAName() {
        assertFalse(StoryMatcher.matchOnWords(BRIDGE, CLOSE, "Westport ferry adds crossings. The ferry operator in "
                + "Westport adds two evening crossings from March.", CLOSE_TOO));
        assertFalse(StoryMatcher.matchOnWords(TRAM, CLOSE, StoryMatcher.titleAndLead("Tram line approved",
                "The city council gave its approval to a new tram line on Tuesday."), CLOSE_TOO), "no shared name");
    }

    @Test
    void theStoryVectorWeighsTitleAndLeadPassagesAlike() {
        float[] sum = StoryMatcher.storyVector(new float[] {1, 0}, List.of(new float[] {0, 1}));
        assertArrayEquals(new float[] {(float) Math.sqrt(0.5), (float) Math.sqrt(0.5)}, sum, 1e-6f);
    }

    /** The texts of the end-to-end merge test: two stories that one later article joins. */
    static final String CLOSURE = StoryMatcher.titleAndLead("Westport stadium closes for roof repairs", "The "
            + "Westport stadium closed on Monday for roof repairs expected to last three weeks, the city council said.");
    static final String TRAINS = StoryMatcher.titleAndLead("Extra trains added in Westport", "Extra trains between "
            + "Westport and Brill start on Tuesday, the operator Coastline Rail announced.");
    static final String BOTH = StoryMatcher.titleAndLead("Westport adds trains while stadium closes", "Extra trains "
            + "start on Tuesday while the Westport stadium is closed for three weeks of roof repairs, the city council "
            + "and Coastline Rail said.");

    @Test
    void anArticleCanBelongToTwoStoriesThatDoNotMatchEachOther() {
        assertFalse(sameStory(CLOSURE, TRAINS));
        assertTrue(sameStory(BOTH, CLOSURE));
        assertTrue(sameStory(BOTH, TRAINS));
    }

    @Test
    void theSameEventInOtherWordsMatchesOnTheMeaningOfTitleLeadAndWholeArticle() {
        StoryProfile tram = new StoryProfile(TRAM, CLOSE, CLOSE);
        assertTrue(StoryMatcher.sameStory(tram, new StoryProfile("Opinion: why cities need trams", CLOSE_TOO,
                CLOSE_TOO)), "no shared name or word, but the same meaning throughout");
        assertFalse(StoryMatcher.sameStory(tram, new StoryProfile("Opinion: why cities need trams", CLOSE_TOO, FAR)),
                "a close lead alone is not the same event");
        assertFalse(StoryMatcher.sameStory(tram, new StoryProfile("Opinion: why cities need trams", CLOSE_TOO, null)),
                "without an article vector the words decide");
    }

    @Test
    void anArticleJoinsAStoryWhenItMatchesAtLeastHalfOfItsArticles() {
        StoryProfile article = new StoryProfile("Brill votes", CLOSE, CLOSE);
        StoryProfile close = new StoryProfile("Tram news", CLOSE_TOO, CLOSE_TOO);
        StoryProfile far = new StoryProfile("Harbour news", FAR, FAR);
        assertEquals(Set.of("half", "all"), StoryMatcher.storiesJoined(article, Map.of(
                "half", List.of(close, far), "all", List.of(close), "third", List.of(close, far, far),
                "none", List.of(far), "empty", List.of())));
    }

    @Test
    void oneLooseMatchDoesNotChainTwoEventsIntoOneStory() {
        StoryProfile bridging = new StoryProfile("Brill votes", unit(1, 1), unit(1, 1));
        StoryProfile tram = new StoryProfile("Tram news", unit(1, 0.3f), unit(1, 0.3f));
        StoryProfile harbour = new StoryProfile("Harbour news", unit(0.3f, 1), unit(0.3f, 1));
        assertTrue(StoryMatcher.sameStory(bridging, tram) && StoryMatcher.sameStory(bridging, harbour));
        StoryProfile otherTram = new StoryProfile("Tram", unit(1, -0.5f), unit(1, -0.5f));
        StoryProfile otherHarbour = new StoryProfile("Harbour", unit(-0.5f, 1), unit(-0.5f, 1));
        assertEquals(Set.of(), StoryMatcher.storiesJoined(bridging, Map.of(
                "tram", List.of(tram, otherTram, otherTram), "harbour", List.of(harbour, otherHarbour, otherHarbour))),
                "two of each story's three articles are too far");
        assertEquals(Set.of("tram", "harbour"), StoryMatcher.storiesJoined(bridging, Map.of(
                "tram", List.of(tram), "harbour", List.of(harbour))), "one close article each: both stories joined");
    }

    private static float[] unit(float x, float y) {
        float norm = (float) Math.sqrt(x * x + y * y);
        return new float[] {x / norm, y / norm};
    }
}
