package io.factstream.bench.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.bench.basil.BasilArticles.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtherOutletsTest {

    @Test
    void onlyTheOtherOutletsArticlesCount() {
        Article own = article("a", "first.example");
        Article sameOutlet = article("b", "first.example");
        Article otherOutlet = article("c", "second.example");
        OtherOutlets outlets = new OtherOutlets(Map.of(
                "a", embedded(direction(0)), "b", embedded(direction(0)), "c", embedded(new float[] {0.6f, 0.8f})));

        assertEquals(0.6, outlets.bestCosine(direction(0), own.outlet(), List.of(own, sameOutlet, otherOutlet)),
                1e-6);
    }

    private static Article article(String id, String outlet) {
        return new Article(id, outlet, "https://" + outlet + "/" + id, "Title", LocalDate.of(2026, 7, 1), "event",
                List.of(List.of("A sentence.")));
    }

    private static SummaryBenchmark.Embedded embedded(float[] embedding) {
        return new SummaryBenchmark.Embedded(List.of("A sentence."), List.of(embedding));
    }

    private static float[] direction(int axis) {
        float[] vector = new float[2];
        vector[axis] = 1;
        return vector;
    }
}
