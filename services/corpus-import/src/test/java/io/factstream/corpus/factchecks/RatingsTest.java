package io.factstream.corpus.factchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.factstream.contracts.FactCheckRating.NormalisedRating;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RatingsTest {

    @Test
    void namesFactCheckersUseMapOntoOneScale() {
        assertEquals(NormalisedRating.FALSE, Ratings.ofName("Pants on Fire!"));
        assertEquals(NormalisedRating.FALSE, Ratings.ofName("pants-fire"));
        assertEquals(NormalisedRating.MOSTLY_FALSE, Ratings.ofName("Barely True"));
        assertEquals(NormalisedRating.MIXED, Ratings.ofName("Half-True"));
        assertEquals(NormalisedRating.MOSTLY_TRUE, Ratings.ofName("MOSTLY TRUE"));
        assertEquals(NormalisedRating.TRUE, Ratings.ofName("Correct"));
        assertEquals(NormalisedRating.OTHER, Ratings.ofName("Misleading"), "not a statement of truth or falsity");
        assertNull(Ratings.ofName(" "));
    }

    @Test
    void valuesAreReadOnTheirOwnScale() {
        assertEquals(List.of(NormalisedRating.FALSE, NormalisedRating.MOSTLY_FALSE, NormalisedRating.MIXED,
                        NormalisedRating.MOSTLY_TRUE, NormalisedRating.TRUE),
                IntStream.rangeClosed(1, 5).mapToObj(value -> Ratings.ofValue(value, 1, 5)).toList());
        assertEquals(NormalisedRating.FALSE, Ratings.ofValue(0, 0, 10));
        assertEquals(NormalisedRating.TRUE, Ratings.ofValue(1, 5, 1), "a scale may run from best to worst");
        assertEquals(NormalisedRating.OTHER, Ratings.ofValue(7, 1, 5), "off the scale");
    }
}
