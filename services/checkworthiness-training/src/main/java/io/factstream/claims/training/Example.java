package io.factstream.claims.training;

import io.factstream.claims.scoring.CheckworthinessFeatures;

/** A labelled sentence with its MiniLM sentence vector and the features computed once for all folds. */
record Example(String text, int label, float[] sentenceVector, double[] dense, int[] buckets) {

    static Example of(String text, int label, float[] sentenceVector, int buckets) {
        double[] handMade = CheckworthinessFeatures.handMade(text);
        double[] dense = new double[sentenceVector.length + handMade.length];
        for (int i = 0; i < sentenceVector.length; i++) {
            dense[i] = sentenceVector[i];
        }
        System.arraycopy(handMade, 0, dense, sentenceVector.length, handMade.length);
        return new Example(text, label, sentenceVector, dense,
                buckets > 0 ? CheckworthinessFeatures.ngramBuckets(text, buckets) : new int[0]);
    }
}
