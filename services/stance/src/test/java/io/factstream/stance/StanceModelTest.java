package io.factstream.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.contracts.Stance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StanceModelTest {

    @Test
    void theMostProbableStanceWinsAndSurvivesWritingAndReading() throws IOException {
        Map<Stance, double[]> weights = new EnumMap<>(Stance.class);
        Map<Stance, Double> biases = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            weights.put(stance, new double[StanceFeatures.SIZE]);
            biases.put(stance, 0.0);
        }
        weights.get(Stance.REFUTES)[0] = 2.5;
        biases.put(Stance.NEUTRAL, 1.0);
        StanceModel model = new StanceModel(weights, biases);
        double[] features = new double[StanceFeatures.SIZE];
        assertEquals(Stance.NEUTRAL, model.predict(features));
        features[0] = 1;
        assertEquals(Stance.REFUTES, model.predict(features));

        StringWriter written = new StringWriter();
        try (PrintWriter out = new PrintWriter(written)) {
            model.write(out, List.of("a test model"));
        }
        StanceModel read = StanceModel.read(new BufferedReader(new StringReader(written.toString())));
        assertEquals(model.probabilities(features), read.probabilities(features));
    }
}
