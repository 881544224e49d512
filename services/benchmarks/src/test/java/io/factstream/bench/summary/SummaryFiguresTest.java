package io.factstream.bench.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SummaryFiguresTest {

    @Test
    void aSentenceIsStatedElsewhereFromABestCosineOfTheBarAndSummariesCountTheirOutlets() {
        SummaryFigures figures = new SummaryFigures();
        figures.sentence(0.6);
        figures.sentence(0.5);
        figures.summary(3);
        figures.summary(3);
        figures.summary(2);

        assertEquals("mean best cosine with another outlet 0.550; stated by another outlet 1 of 2 (0.500)",
                figures.statedElsewhere());
        assertEquals("outlets per summary: 3 in 2 of 3 (0.667), 2 in 1 of 3 (0.333)", figures.outlets());
    }
}
