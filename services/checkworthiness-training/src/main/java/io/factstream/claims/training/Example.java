package io.factstream.claims.training;

import io.factstream.claims.scoring.CheckworthinessFeatures;
import java.util.Arrays;

/** A labelled sentence with the model's input, computed once for all folds. */
record Example(String text, int label, double[] input) {

    /** With {@code handMade} false the hand-made features are zero, so no model can learn from them. */
    static Example of(String text, int label, float[] embedding, boolean handMade) {
        double[] input = CheckworthinessFeatures.input(text, embedding);
        if (!handMade) {
            Arrays.fill(input, embedding.length, input.length, 0);
        }
        return new Example(text, label, input);
    }
}
