package io.factstream.ingest.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MinHashTest {
    // Not the demo's bridge story: these articles reach the shared test stack, and the end-to-end test
    // counts the sources of that story.
    static final String WIRE_STORY = "The Lindholm maritime museum reopened its east wing on Thursday after a "
            + "renovation that lasted 19 months. The museum board said the work cost 2.7 million euros, about "
            + "350,000 euros more than budgeted. Curator Anneli Varga guided the first visitors past the restored "
            + "figureheads, and school groups have booked every morning slot until the end of the term.";
    static final String OTHER_STORY = "The Lindholm rowing club won the regional relay for the third year running "
            + "on Sunday. Its coach said the crew trained through the winter on the frozen canal, and the club plans "
            + "to enter two boats in the national championship when the season opens in May.";

    @Test
    void reprintWithSmallEditsIsANearDuplicateAndSharesABand() {
        String reprint = WIRE_STORY.replace("Curator Anneli Varga", "Lindholm curator Anneli Varga") + " (Wire)";
        int[] original = MinHash.signature(WIRE_STORY);
        int[] copy = MinHash.signature(reprint);
        assertTrue(MinHash.similarity(original, copy) >= MinHash.NEAR_DUPLICATE, "similarity "
                + MinHash.similarity(original, copy));
        assertTrue(shareABand(original, copy));
    }

    @Test
    void differentStoryIsNotANearDuplicate() {
        assertTrue(MinHash.similarity(MinHash.signature(WIRE_STORY), MinHash.signature(OTHER_STORY))
                < MinHash.NEAR_DUPLICATE);
    }

    private static boolean shareABand(int[] a, int[] b) {
        Set<Long> keys = Arrays.stream(MinHash.bandKeys(a)).boxed().collect(Collectors.toSet());
        return Arrays.stream(MinHash.bandKeys(b)).anyMatch(keys::contains);
    }
}
