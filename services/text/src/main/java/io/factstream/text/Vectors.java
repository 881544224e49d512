package io.factstream.text;

import java.util.List;

/** Arithmetic on sentence embeddings, which the embedder returns L2-normalised. */
public final class Vectors {
    private Vectors() {
    }

    /** Cosine similarity of two L2-normalised vectors: their dot product. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** The L2-normalised sum of {@code vectors}: one vector that weighs each of them alike. */
    public static float[] normalisedSum(List<float[]> vectors) {
        float[] sum = new float[vectors.getFirst().length];
        for (float[] vector : vectors) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += vector[i];
            }
        }
        double norm = Math.sqrt(cosine(sum, sum));
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= (float) norm;
        }
        return sum;
    }
}
