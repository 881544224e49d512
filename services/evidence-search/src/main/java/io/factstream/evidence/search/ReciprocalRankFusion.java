package io.factstream.evidence.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher 2009): an item scores the sum of {@code 1 / (K + rank)} over
 * the rankings it appears in (ranks from 1), so items that several rankings place high come first, whatever scale
 * each ranking's own scores have. Ties keep the order in which the items were first seen.
 */
public final class ReciprocalRankFusion {
    public static final int K = 60;

    private ReciprocalRankFusion() {
    }

    public static <T> List<T> fuse(List<List<T>> rankings, Function<T, String> identity) {
        Map<String, T> items = new LinkedHashMap<>();
        Map<String, Double> scores = new HashMap<>();
        for (List<T> ranking : rankings) {
            for (int rank = 1; rank <= ranking.size(); rank++) {
                T item = ranking.get(rank - 1);
                String id = identity.apply(item);
                items.putIfAbsent(id, item);
                scores.merge(id, 1.0 / (K + rank), Double::sum);
            }
        }
        return items.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, T> entry) -> scores.get(entry.getKey())).reversed())
                .map(Map.Entry::getValue)
                .toList();
    }
}
