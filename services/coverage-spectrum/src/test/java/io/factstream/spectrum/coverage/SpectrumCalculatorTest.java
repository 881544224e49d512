package io.factstream.spectrum.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.Bias;
import io.factstream.contracts.Coverage;
import io.factstream.contracts.StoryArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpectrumCalculatorTest {
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final Duration SETTLE_WINDOW = Duration.ofHours(48);
    private static final Map<String, String> RATED_BY = Map.of("left.example", "MBFC via Baly et al. 2018",
            "center.example", "MBFC via Baly et al. 2018", "right.example", "AllSides 2019");

    private static StoryArticle article(String outlet, Bias bias, String originId) {
        return article(outlet, bias, originId, NOW);
    }

    private static StoryArticle article(String outlet, Bias bias, String originId, Instant published) {
        return new StoryArticle("a-" + outlet + originId, "https://" + outlet + "/x", "t", outlet, bias, originId,
                published);
    }

    private static Coverage compute(List<StoryArticle> articles) {
        return SpectrumCalculator.compute(articles, RATED_BY::get, NOW, SETTLE_WINDOW);
    }

    @Test
    void sharesOverIndependentRatedOutletsNamingWhoRatedThem() {
        Coverage coverage = compute(List.of(
                article("left.example", Bias.LEAN_LEFT, "1"),
                article("center.example", Bias.CENTER, "2"),
                article("center.example", Bias.CENTER, "3"),
                article("right.example", Bias.RIGHT, "4"),
                article("blog.example", Bias.UNRATED, "5")));
        assertEquals(new Coverage(34, 33, 33, 1, null, 4, 3, false, "AllSides 2019; MBFC via Baly et al. 2018"),
                coverage);
    }

    @Test
    void reprintsOfOneOriginCountOnce() {
        Coverage coverage = compute(List.of(
                article("wire.example", Bias.CENTER, "w1"),
                article("reprint.example", Bias.RIGHT, "w1")));
        assertEquals(1, coverage.sourcesCompared());
        assertEquals(100, coverage.center());
    }

    @Test
    void missingSideIsAGapOnceThreeRatedSourcesShowIt() {
        Coverage coverage = compute(List.of(
                article("center.example", Bias.CENTER, "1"),
                article("center2.example", Bias.CENTER, "2"),
                article("right.example", Bias.LEAN_RIGHT, "3")));
        assertEquals("no Left coverage", coverage.gap());
        assertFalse(coverage.tooEarlyToTell());
    }

    @Test
    void oneArticleIsTooEarlyToTellHoweverOld() {
        Coverage coverage = compute(List.of(article("left.example", Bias.LEFT, "1", NOW.minus(Duration.ofDays(900)))));
        assertEquals(100, coverage.left(), "the share is shown");
        assertNull(coverage.gap(), "but a gap read from one source is noise");
        assertTrue(coverage.tooEarlyToTell());
        assertEquals(1, coverage.ratedSources());
        assertEquals("MBFC via Baly et al. 2018", coverage.ratingsSource());
    }

    @Test
    void twoRatedSourcesNameAGapOnlyAfterTheSettleWindow() {
        List<StoryArticle> fresh = List.of(article("left.example", Bias.LEFT, "1", NOW.minus(Duration.ofHours(2))),
                article("left2.example", Bias.LEAN_LEFT, "2", NOW));
        assertTrue(compute(fresh).tooEarlyToTell());
        assertNull(compute(fresh).gap());

        List<StoryArticle> settled = List.of(article("left.example", Bias.LEFT, "1", NOW.minus(Duration.ofHours(49))),
                article("left2.example", Bias.LEAN_LEFT, "2", NOW));
        assertFalse(compute(settled).tooEarlyToTell());
        assertEquals("no Center or Right coverage", compute(settled).gap());
    }

    @Test
    void farSmallerSideIsLowCoverage() {
        List<StoryArticle> articles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            articles.add(article("c" + i + ".example", Bias.CENTER, "c" + i));
            articles.add(article("r" + i + ".example", Bias.RIGHT, "r" + i));
        }
        articles.add(article("l.example", Bias.LEFT, "l"));
        Coverage coverage = compute(articles);
        assertEquals("low Left coverage", coverage.gap());
        assertEquals(100, coverage.left() + coverage.center() + coverage.right());
        assertNull(coverage.ratingsSource(), "none of these outlets' raters is known");
    }

    @Test
    void noRatedOutletNoGap() {
        Coverage coverage = compute(List.of(article("blog.example", Bias.UNRATED, "1")));
        assertNull(coverage.gap());
        assertEquals(1, coverage.unrated());
        assertEquals(0, coverage.ratedSources());
    }
}
