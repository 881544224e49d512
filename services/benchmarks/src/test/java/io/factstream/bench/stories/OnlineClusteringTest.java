package io.factstream.bench.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.embedding.SentenceEmbedder;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** coverage-spectrum's story rule on our own labelled set, where stories share town and people's names. */
class OnlineClusteringTest {

    private static List<LabelledArticle> ownSet() throws Exception {
        try (InputStream json = OnlineClusteringTest.class.getClassLoader()
                .getResourceAsStream("stories/labelled-stories.json")) {
            return LabelledStories.read(json);
        }
    }

    @Test
    void neverMergesTwoStoriesThatShareNamesAndFindsEveryPairWithStoryVectors() throws Exception {
        List<LabelledArticle> articles = ownSet();
        Map<String, String> assigned = OnlineClustering.assign(StoryInput.of(articles, SentenceEmbedder.shared()));
        PairwiseScores scores = PairwiseScores.of(articles, assigned);

        assertEquals(1.0, scores.precision(), "no false merge: " + assigned);
        assertEquals(1.0, scores.recall(), "every pair of one story found: " + assigned);
        assertNotEquals(assigned.get("bridge-1"), assigned.get("library-1"), "Westport bridge vs Westport library");
        assertNotEquals(assigned.get("tram-1"), assigned.get("festival-1"), "Brill tram vs Brill festival");
    }

    @Test
    void wordsAloneMissTheSameEventToldInOtherWords() throws Exception {
        List<LabelledArticle> articles = ownSet();
        Map<String, String> assigned = OnlineClustering.assign(StoryInput.of(articles, null));
        PairwiseScores scores = PairwiseScores.of(articles, assigned);

        assertEquals(1.0, scores.precision(), "no false merge: " + assigned);
        assertTrue(scores.recall() < 1.0, "the story vectors are what finds the rest: " + assigned);
    }

    @Test
    void pairwiseScoresCountPairs() {
        List<LabelledArticle> articles = List.of(article("a", "s1"), article("b", "s1"), article("c", "s2"));
        PairwiseScores scores = PairwiseScores.of(articles, Map.of("a", "x", "b", "y", "c", "y"));
        assertEquals(0.0, scores.precision(), "the one predicted pair (b, c) is wrong");
        assertEquals(0.0, scores.recall(), "the one true pair (a, b) was missed");
        assertEquals(1.0, PairwiseScores.of(articles, Map.of("a", "x", "b", "x", "c", "z")).f1());
    }

    private static LabelledArticle article(String id, String story) {
        return new LabelledArticle(id, "t", "b", null, java.time.Instant.EPOCH, story);
    }
}
