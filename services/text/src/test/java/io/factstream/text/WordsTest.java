package io.factstream.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void contentWordsDropStopWordsAndFoldPlurals() {
        assertEquals(Set.of("council", "approved", "bridge", "repair"),
                Words.contentWords("The council approved the bridge repairs."));
    }

    @Test
    void namesAreCapitalisedWordsInsideSentences() {
        assertEquals(Set.of("westport", "lina", "ortiz"),
                Words.names("The Westport bridge reopened on Monday. Mayor Lina Ortiz spoke in March."));
    }

    @Test
    void numbersAreNormalised() {
        assertEquals(Set.of("1200", "3.5"), Words.numbers("About 1,200 people paid 3.5 euros."));
    }

    @Test
    void coverageIsTheShareOfReferenceWordsFound() {
        assertEquals(0.5, Words.coverage(Set.of("bridge", "repair"), Set.of("bridge", "council")));
        assertEquals(0.0, Words.coverage(Set.of(), Set.of("bridge")));
    }
}
