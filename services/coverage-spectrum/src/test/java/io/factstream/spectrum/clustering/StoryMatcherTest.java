package io.factstream.spectrum.clustering;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoryMatcherTest {
    private static final String BRIDGE = "Westport bridge reopens after 14 months of repairs. The Westport harbour "
            + "bridge reopened to traffic on Monday after 14 months of repairs. The city council said the repairs "
            + "cost 4.2 million euros, about 600,000 euros more than planned.";

    @Test
    void twoOutletsReportingOneEventMatch() {
        assertTrue(StoryMatcher.sameStory(BRIDGE, "Harbour bridge open again in Westport. After 14 months of "
                + "repairs, the Westport harbour bridge reopened to traffic on Monday. According to the city "
                + "council, the repairs cost 4.2 million euros."));
    }

    @Test
    void anotherEventWithTheSamePlaceDoesNotMatch() {
        assertFalse(StoryMatcher.sameStory(BRIDGE, "Westport fishing fleet lands record catch. The Westport fishing "
                + "fleet landed 1,200 tonnes of cod in October, a record for the port. The harbour authority said "
                + "auction prices fell by 8 percent."));
    }

    @Test
    void sharingGenericWordsIsNotEnough() {
        assertFalse(StoryMatcher.sameStory(BRIDGE, "Museum wing reopens. The museum reopened its east wing after "
                + "months of renovation that cost 2.7 million euros, more than the board planned for the term."));
    }

    /** The texts of the end-to-end merge test: two stories that one later article joins. */
    static final String CLOSURE = "Westport harbour bridge closes for repairs. The Westport harbour bridge closed on "
            + "Monday for repairs expected to last three weeks, the city council said.";
    static final String FERRIES = "Ferry crossings added in Westport. Extra ferry crossings between Westport and "
            + "Brill start on Tuesday, the operator Coastline Lines announced.";
    static final String BOTH = "Westport adds ferry crossings while harbour bridge closes. Extra ferry crossings "
            + "start on Tuesday while the Westport harbour bridge is closed for three weeks of repairs, the city "
            + "council and Coastline Lines said.";

    @Test
    void anArticleCanBelongToTwoStoriesThatDoNotMatchEachOther() {
        assertFalse(StoryMatcher.sameStory(CLOSURE, FERRIES));
        assertTrue(StoryMatcher.sameStory(BOTH, CLOSURE));
        assertTrue(StoryMatcher.sameStory(BOTH, FERRIES));
    }
}
