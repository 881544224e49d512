package io.factstream.claims.training;

import io.factstream.claims.scoring.CheckworthinessFeatures;

/** A labelled sentence with its embedding and the features computed once for all folds. */
record Example(String text, int label, float[] embedding, double[] dense, int[] buckets) {

    static Example of(String text, int label, float[] embedding, int buckets) {
        double[] handMade = CheckworthinessFeatures.handMade(text);
        double[] dense = new double[embedding.length + handMade.length];
        for (int i = 0; i < embedding.length; i++) {
            dense[i] = embedding[i];
        }
        System.arraycopy(handMade, 0, dense, embedding.length, handMade.length);
        return new Example(text, label, embedding, dense,
                buckets > 0 ? CheckworthinessFeatures.ngramBuckets(text, buckets) : new int[0]);
    }
}
