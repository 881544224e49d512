package io.factstream.bench.newsstance;

import io.factstream.bench.newsstance.FncPairs.Pair;
import io.factstream.bench.newsstance.FncPairs.Relation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Cross-validation folds of FNC-1 pairs, every body's pairs in one fold. By body, no article is in both training and
 * test; but FNC-1 pairs each story's headlines with many bodies, so the test bodies' stories, and often their very
 * headlines, were seen in training. By story, bodies joined by a related headline (agree, disagree, discuss) are in
 * the same fold: the 1,683 bodies form 191 such stories, and the model is tested on stories it never saw, as it would
 * meet the news.
 */
final class FncFolds {
    static final int FOLDS = 5;
    private static final long SEED = 42;

    enum Grouping { BY_BODY, BY_STORY }

    private FncFolds() {
    }

    /** The fold of each body id. */
    static Map<Integer, Integer> of(List<Pair> pairs, Grouping grouping) {
        Map<String, String> parent = new HashMap<>();
        if (grouping == Grouping.BY_STORY) {
            for (Pair pair : pairs) {
                if (pair.relation() != Relation.UNRELATED) {
                    parent.put(root(parent, "headline " + pair.headline()), root(parent, "body " + pair.bodyId()));
                }
            }
        }
        List<String> groups = new ArrayList<>(pairs.stream().map(pair -> root(parent, "body " + pair.bodyId()))
                .distinct().sorted().toList());
        Collections.shuffle(groups, new Random(SEED));
        Map<String, Integer> foldOfGroup = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            foldOfGroup.put(groups.get(i), i % FOLDS);
        }
        Map<Integer, Integer> folds = new HashMap<>();
        pairs.forEach(pair -> folds.put(pair.bodyId(), foldOfGroup.get(root(parent, "body " + pair.bodyId()))));
        return folds;
    }

    private static String root(Map<String, String> parent, String node) {
        String at = node;
        while (!parent.computeIfAbsent(at, self -> self).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }
}
