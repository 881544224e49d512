package io.factstream.bench.newsstance;

import io.factstream.bench.newsstance.FncPairs.Relation;
import io.factstream.contracts.Stance;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of how each labelled article was read, against its label: per stance precision and recall, the rates a
 * fact-checker cares most about (agreeing or discussing articles read as refuting, discussing or unrelated ones read
 * as supporting), and the same per deciding rule.
 */
final class NewsStanceTally {
    private final Map<Relation, Map<Stance, Integer>> counts = new EnumMap<>(Relation.class);
    private final Map<String, Map<Relation, Integer>> refutingRules = new TreeMap<>();
    private final Map<String, Map<Relation, Integer>> supportingRules = new TreeMap<>();

    /** @param rule what decided the judged stance, null when NEUTRAL */
    void add(Relation relation, Stance judged, String rule) {
        counts.computeIfAbsent(relation, r -> new EnumMap<>(Stance.class)).merge(judged, 1, Integer::sum);
        if (judged == Stance.REFUTES) {
            refutingRules.computeIfAbsent(rule, r -> new EnumMap<>(Relation.class)).merge(relation, 1, Integer::sum);
        } else if (judged == Stance.SUPPORTS) {
            supportingRules.computeIfAbsent(rule, r -> new EnumMap<>(Relation.class)).merge(relation, 1, Integer::sum);
        }
    }

    int count(Relation relation, Stance judged) {
        return counts.getOrDefault(relation, Map.of()).getOrDefault(judged, 0);
    }

    int count(Relation relation) {
        return counts.getOrDefault(relation, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    double precision(Stance stance) {
        int judged = 0;
        int right = 0;
        for (Relation relation : Relation.values()) {
            judged += count(relation, stance);
            right += relation.stance() == stance ? count(relation, stance) : 0;
        }
        return judged == 0 ? 0 : (double) right / judged;
    }

    double recall(Stance stance) {
        int gold = 0;
        int right = 0;
        for (Relation relation : Relation.values()) {
            if (relation.stance() == stance) {
                gold += count(relation);
                right += count(relation, stance);
            }
        }
        return gold == 0 ? 0 : (double) right / gold;
    }

    /** Agreeing and discussing articles read as refuting the claim, as a share of them. */
    double falseRefutationRate() {
        return rate(Stance.REFUTES, Relation.AGREE, Relation.DISCUSS);
    }

    /** Discussing and unrelated articles read as supporting the claim, as a share of them. */
    double falseSupportRate() {
        return rate(Stance.SUPPORTS, Relation.DISCUSS, Relation.UNRELATED);
    }

    double recallOn(Relation relation, Stance judged) {
        return rate(judged, relation);
    }

    Map<String, Map<Relation, Integer>> refutingRules() {
        return refutingRules;
    }

    Map<String, Map<Relation, Integer>> supportingRules() {
        return supportingRules;
    }

    private double rate(Stance judged, Relation... relations) {
        int all = 0;
        int hits = 0;
        for (Relation relation : relations) {
            all += count(relation);
            hits += count(relation, judged);
        }
        return all == 0 ? 0 : (double) hits / all;
    }
}
