package io.factstream.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageVectorsTest {

    @Test
    void meanOfUnitVectorsIsScaledBackToUnitLength() {
        float s = (float) Math.sqrt(0.5);
        assertArrayEquals(new float[] {s, s, 0}, PassageVectors.unitMean(List.of(new float[] {1, 0, 0},
                new float[] {0, 1, 0})), 1e-6f);
    }

    @Test
    void oneSentenceKeepsItsEmbedding() {
        float[] embedding = {0.6f, 0.8f};
        assertArrayEquals(embedding, PassageVectors.unitMean(List.of(embedding)), 1e-6f);
    }
}
