package io.factstream.evidence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    @Test
    void itemsBothRankingsFindComeFirst() {
        List<String> bm25 = List.of("a", "b", "c");
        List<String> knn = List.of("d", "c", "b");
        // b: 1/62 + 1/63, c: 1/63 + 1/62, a: 1/61, d: 1/61; ties keep first-seen order
        assertEquals(List.of("b", "c", "a", "d"), ReciprocalRankFusion.fuse(List.of(bm25, knn), Function.identity()));
    }

    @Test
    void foundByBothOutranksTopOfOne() {
        List<String> bm25 = List.of("top", "x1", "x2", "x3", "x4", "x5", "low");
        List<String> knn = List.of("y1", "y2", "y3", "y4", "y5", "y6", "low");
        // low: 2/67 = 0.0299, top: 1/61 = 0.0164
        assertEquals("low", ReciprocalRankFusion.fuse(List.of(bm25, knn), Function.identity()).getFirst());
    }

    @Test
    void oneRankingKeepsItsOrderAndDuplicatesAreMerged() {
        record Hit(String id, String text) {
        }
        List<Hit> fused = ReciprocalRankFusion.fuse(List.of(List.of(new Hit("1", "one"), new Hit("2", "two")),
                List.of(new Hit("2", "two again"))), Hit::id);
        assertEquals(List.of(new Hit("2", "two"), new Hit("1", "one")), fused);
    }

    @Test
    void noRankingsNoItems() {
        assertEquals(List.of(), ReciprocalRankFusion.fuse(List.<List<String>>of(), Function.identity()));
    }
}
