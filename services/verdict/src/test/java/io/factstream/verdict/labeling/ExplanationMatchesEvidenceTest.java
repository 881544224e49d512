package io.factstream.verdict.labeling;

import static io.factstream.verdict.labeling.VerdictRulesTest.NOW;
import static io.factstream.verdict.labeling.VerdictRulesTest.OWN_OUTLET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;
import io.factstream.contracts.VerdictLabel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Over many evidence lists, reaching every label: the sources an explanation names as supporting (counted or not
 * confirmed) are exactly the independent sources whose evidence supports, and likewise for refuting; and the counted
 * ones are those a rule decided, or all of them when two or more independent sources agree.
 */
class ExplanationMatchesEvidenceTest {
    private static final List<String> OUTLETS = List.of(OWN_OUTLET, "b.example", "c.example", "d.example");
    private static final List<String> ORIGINS = List.of("wire1", "wire2", "own1", "own2", "own3");
    private final VerdictRules rules = new VerdictRules(Duration.ofDays(2));

    @Test
    void explanationNamesExactlyTheSourcesThatSupportAndRefute() {
        Random random = new Random(20261123);
        Set<VerdictLabel> seen = EnumSet.noneOf(VerdictLabel.class);
        for (int i = 0; i < 2_000; i++) {
            List<Evidence> evidence = randomEvidence(random);
            boolean recent = random.nextBoolean();
            Decision decision = rules.decide(evidence, OWN_OUTLET, recent ? NOW : NOW.minus(Duration.ofDays(5)), "en",
                    NOW);
            seen.add(decision.label());
            String explanation = decision.explanation();
            for (Stance stance : List.of(Stance.SUPPORTS, Stance.REFUTES)) {
                String counted = stance == Stance.SUPPORTS ? Explanation.SUPPORTED_BY : Explanation.REFUTED_BY;
                String possibly = stance == Stance.SUPPORTS ? Explanation.POSSIBLY_SUPPORTING
                        : Explanation.POSSIBLY_REFUTING;
                Set<String> all = new TreeSet<>(namedAfter(explanation, counted));
                all.addAll(namedAfter(explanation, possibly));
                assertEquals(expectedNames(evidence, stance, false), all, () -> explanation + " <- " + evidence);
                assertEquals(expectedNames(evidence, stance, true), namedAfter(explanation, counted),
                        () -> explanation + " <- " + evidence);
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(VerdictLabel.NOT_CHECKED)), seen,
                "every label the evidence decides was reached (the language decides Not checked: VerdictRulesTest)");
    }

    private static List<Evidence> randomEvidence(Random random) {
        List<Evidence> evidence = new ArrayList<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            Stance stance = Stance.values()[random.nextInt(Stance.values().length)];
            StanceBasis basis = random.nextBoolean() ? StanceBasis.RULE : StanceBasis.MODEL;
            evidence.add(random.nextInt(5) == 0
                    ? VerdictRulesTest.reference("Reference " + random.nextInt(2), stance)
                    : VerdictRulesTest.crossReference(OUTLETS.get(random.nextInt(OUTLETS.size())),
                            ORIGINS.get(random.nextInt(ORIGINS.size())), stance, basis,
                            basis == StanceBasis.MODEL ? "stance model" : "number differs: 4 vs 5 (ferry)"));
        }
        return evidence;
    }

    /**
     * Names of the independent sources with this stance, the claim's own outlet aside; when {@code counted}, only
     * those a verdict may rest on: decided by a rule, or all when two or more.
     */
    private static Set<String> expectedNames(List<Evidence> evidence, Stance stance, boolean counted) {
        List<Source> sources = Source.group(evidence.stream()
                .filter(item -> item.stance() == stance && !OWN_OUTLET.equals(item.outlet()))
                .toList());
        return sources.stream().filter(source -> !counted || sources.size() >= 2 || source.byRule())
                .map(Source::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> namedAfter(String explanation, String lead) {
        int start = explanation.indexOf(lead);
        if (start < 0) {
            return Set.of();
        }
        int end = explanation.indexOf(". ", start);
        String names = explanation.substring(start + lead.length(), end < 0 ? explanation.length() - 1 : end);
        return Arrays.stream(names.split("; ")).map(named -> named.split(": ")[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
