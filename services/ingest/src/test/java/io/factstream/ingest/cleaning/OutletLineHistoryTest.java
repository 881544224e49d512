package io.factstream.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OutletLineHistoryTest {

    @Test
    void aLineCountsAsRepeatedFromItsThirdArticle() {
        OutletLineHistory history = new OutletLineHistory(10, 10, 3);
        assertEquals(Set.of(), history.rememberAndFindRepeated("a", "1", Set.of(7L, 8L)));
        assertEquals(Set.of(), history.rememberAndFindRepeated("a", "2", Set.of(7L)));
        assertEquals(Set.of(7L), history.rememberAndFindRepeated("a", "3", Set.of(7L, 9L)));
    }

    @Test
    void onlyTheLatestArticlesOfAnOutletCount() {
        OutletLineHistory history = new OutletLineHistory(10, 3, 3);
        history.rememberAndFindRepeated("a", "1", Set.of(7L));
        history.rememberAndFindRepeated("a", "2", Set.of(7L));
        history.rememberAndFindRepeated("a", "3", Set.of(1L));
        assertEquals(Set.of(), history.rememberAndFindRepeated("a", "4", Set.of(7L)));
    }

    @Test
    void theLeastRecentlyActiveOutletIsForgotten() {
        OutletLineHistory history = new OutletLineHistory(1, 10, 2);
        history.rememberAndFindRepeated("a", "1", Set.of(7L));
        history.rememberAndFindRepeated("b", "1", Set.of(7L));
        assertEquals(Set.of(), history.rememberAndFindRepeated("a", "2", Set.of(7L)));
    }

    @Test
    void resubmittingAnArticleReplacesItsLines() {
        OutletLineHistory history = new OutletLineHistory(10, 10, 2);
        history.rememberAndFindRepeated("a", "1", Set.of(7L));
        assertEquals(Set.of(), history.rememberAndFindRepeated("a", "1", Set.of(7L)));
        assertEquals(Set.of(7L), history.rememberAndFindRepeated("a", "2", Set.of(7L)));
    }

    @Test
    void concurrentArticlesAreAllCounted() throws Exception {
        OutletLineHistory history = new OutletLineHistory(10, 1_000, 400);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Set<Long>>> results = new ArrayList<>();
            for (int article = 0; article < 399; article++) {
                String key = Integer.toString(article);
                results.add(pool.submit(() -> history.rememberAndFindRepeated("a", key, Set.of(7L))));
            }
            for (Future<Set<Long>> result : results) {
                assertEquals(Set.of(), result.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(Set.of(7L), history.rememberAndFindRepeated("a", "last", Set.of(7L)));
    }
}
