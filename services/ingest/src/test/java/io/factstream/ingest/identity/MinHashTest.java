package io.factstream.ingest.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MinHashTest {
    static final String WIRE_STORY = "The Westport harbour bridge reopened to traffic on Monday after 14 months "
            + "of repairs. The city council said the repairs cost 4.2 million euros, about 600,000 euros more than "
            + "planned. Mayor Lina Ortiz cut the ribbon in front of about 300 residents. Commuters had faced "
            + "detours of up to 40 minutes while the bridge was closed, and shop owners reported lower sales.";
    static final String OTHER_STORY = "The Westport fishing fleet landed 1,200 tonnes of cod in October, a record "
            + "for the port. The harbour authority said auction prices fell by 8 percent as a result, and skippers "
            + "warned that fuel costs had doubled since the spring while crews were harder to find.";

    @Test
    void reprintWithSmallEditsIsANearDuplicateAndSharesABand() {
        String reprint = WIRE_STORY.replace("Mayor Lina Ortiz", "Westport mayor Lina Ortiz") + " (Wire)";
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
