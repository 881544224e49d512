package io.factstream.bench.stance;

import static io.factstream.contracts.Stance.NEUTRAL;
import static io.factstream.contracts.Stance.REFUTES;
import static io.factstream.contracts.Stance.SUPPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceMetricsTest {

    @Test
    void majorityAnswerHasOneThirdOfItsF1AsMacroF1() {
        StanceMetrics metrics = StanceMetrics.of(List.of(NEUTRAL, NEUTRAL, NEUTRAL, SUPPORTS),
                List.of(NEUTRAL, NEUTRAL, NEUTRAL, NEUTRAL));
        assertEquals(0.75, metrics.accuracy(), 1e-9);
        double neutralF1 = 2 * 0.75 * 1 / 1.75;
        assertEquals(neutralF1, metrics.f1()[NEUTRAL.ordinal()], 1e-9);
        assertEquals(neutralF1 / 3, metrics.macroF1(), 1e-9);
    }

    @Test
    void perStancePrecisionAndRecall() {
        StanceMetrics metrics = StanceMetrics.of(List.of(SUPPORTS, SUPPORTS, REFUTES, NEUTRAL),
                List.of(SUPPORTS, REFUTES, REFUTES, NEUTRAL));
        assertEquals(1.0, metrics.precision()[SUPPORTS.ordinal()], 1e-9);
        assertEquals(0.5, metrics.recall()[SUPPORTS.ordinal()], 1e-9);
        assertEquals(0.5, metrics.precision()[REFUTES.ordinal()], 1e-9);
        assertEquals(1.0, metrics.recall()[REFUTES.ordinal()], 1e-9);
    }
}
