package io.factstream.bench.newsstance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.bench.newsstance.FncPairs.Relation;
import io.factstream.contracts.Stance;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsStanceTallyTest {

    @Test
    void ratesCountTheRelationsAFactCheckerCannotForgive() {
        NewsStanceTally tally = new NewsStanceTally();
        tally.add(Relation.AGREE, Stance.SUPPORTS, "restatement");
        tally.add(Relation.AGREE, Stance.REFUTES, "contradiction DATE");
        tally.add(Relation.DISCUSS, Stance.NEUTRAL, null);
        tally.add(Relation.DISCUSS, Stance.SUPPORTS, "model");
        tally.add(Relation.DISAGREE, Stance.REFUTES, "contradiction DATE");
        tally.add(Relation.UNRELATED, Stance.NEUTRAL, null);

        assertEquals(0.25, tally.falseRefutationRate(), 1e-9, "one of two agree and two discuss");
        assertEquals(1.0 / 3, tally.falseSupportRate(), 1e-9, "one of two discuss and one unrelated");
        assertEquals(1.0, tally.recallOn(Relation.DISAGREE, Stance.REFUTES), 1e-9);
        assertEquals(0.5, tally.precision(Stance.SUPPORTS), 1e-9);
        assertEquals(0.5, tally.precision(Stance.REFUTES), 1e-9);
        assertEquals(Map.of("contradiction DATE", Map.of(Relation.AGREE, 1, Relation.DISAGREE, 1)),
                tally.refutingRules());
    }
}
