package io.factstream.corpus.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferencePassagesTest {

    @Test
    void pairsConsecutiveSentencesAndKeepsAnOddLastOneAlone() {
        List<String> passages = ReferencePassages.of("Westport is a harbour town. It has about 48,000 inhabitants. "
                + "The harbour bridge opened in 1968. It was repaired in 2026. The fleet lands mostly cod.");

        assertEquals(List.of("Westport is a harbour town. It has about 48,000 inhabitants.",
                "The harbour bridge opened in 1968. It was repaired in 2026.",
                "The fleet lands mostly cod."), passages);
    }

    @Test
    void aLongSentenceStaysAlone() {
        String longSentence = "The bridge " + "and its approaches ".repeat(20) + "were repaired.";
        List<String> passages = ReferencePassages.of("It opened in 1968. " + longSentence + " It reopened in 2026.");

        assertEquals(List.of("It opened in 1968.", longSentence, "It reopened in 2026."), passages);
        assertTrue(longSentence.length() > ReferencePassages.MAX_PAIR_CHARS);
    }
}
