package io.factstream.bench.newsstance;

import io.factstream.stance.StanceResult;
import java.util.Locale;

/** How the benchmarks name what decided a stance: the judge's step, and the contradiction when one did. */
final class DecidingRule {
    private DecidingRule() {
    }

    static String of(StanceResult result) {
        String step = result.decidedBy().name().toLowerCase(Locale.ROOT);
        return result.contradiction() == null ? step : step + " " + result.contradiction();
    }
}
