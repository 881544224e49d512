package io.factstream.claims.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Stratified k-fold assignment: each fold gets its share of positives and negatives, fixed by the seed. */
final class Folds {
    private Folds() {
    }

    static int[] stratified(int[] labels, int k, long seed) {
        Random random = new Random(seed);
        int[] fold = new int[labels.length];
        for (int label = 0; label <= 1; label++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == label) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            for (int j = 0; j < members.size(); j++) {
                fold[members.get(j)] = j % k;
            }
        }
        return fold;
    }
}
