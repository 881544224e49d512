package io.factstream.spectrum.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.factstream.contracts.Bias;
import io.factstream.contracts.Coverage;
import io.factstream.contracts.StoryArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpectrumCalculatorTest {

    private static StoryArticle article(String outlet, Bias bias, String originId) {
        return new StoryArticle("a-" + outlet + originId, "https://" + outlet + "/x", "t", outlet, bias, originId, null);
    }

    @Test
    void sharesOverIndependentRatedOutlets() {
        Coverage coverage = SpectrumCalculator.compute(List.of(
                article("left.example", Bias.LEAN_LEFT, "1"),
                article("center.example", Bias.CENTER, "2"),
                article("center.example", Bias.CENTER, "3"),
                article("right.example", Bias.RIGHT, "4"),
                article("blog.example", Bias.UNRATED, "5")));
        assertEquals(new Coverage(34, 33, 33, 1, null, 4), coverage);
    }

    @Test
    void reprintsOfOneOriginCountOnce() {
        Coverage coverage = SpectrumCalculator.compute(List.of(
                article("wire.example", Bias.CENTER, "w1"),
                article("reprint.example", Bias.RIGHT, "w1")));
        assertEquals(1, coverage.sourcesCompared());
        assertEquals(100, coverage.center());
    }

    @Test
    void missingSideIsAGap() {
        Coverage coverage = SpectrumCalculator.compute(List.of(
                article("center.example", Bias.CENTER, "1"),
                article("center2.example", Bias.CENTER, "2"),
                article("right.example", Bias.LEAN_RIGHT, "3")));
        assertEquals("no Left coverage", coverage.gap());
    }

    @Test
    void farSmallerSideIsLowCoverage() {
        List<StoryArticle> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            articles.add(article("c" + i + ".example", Bias.CENTER, "c" + i));
            articles.add(article("r" + i + ".example", Bias.RIGHT, "r" + i));
        }
        articles.add(article("l.example", Bias.LEFT, "l"));
        Coverage coverage = SpectrumCalculator.compute(articles);
        assertEquals("low Left coverage", coverage.gap());
        assertEquals(100, coverage.left() + coverage.center() + coverage.right());
    }

    @Test
    void noRatedOutletNoGap() {
        Coverage coverage = SpectrumCalculator.compute(List.of(article("blog.example", Bias.UNRATED, "1")));
        assertNull(coverage.gap());
        assertEquals(1, coverage.unrated());
    }
}
