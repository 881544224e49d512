package io.factstream.bench.summary;

import io.factstream.bench.report.ResultTable;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the bench reports of a set of summaries: their sentences' best cosine with another outlet (mean, and how many
 * are {@linkplain OtherOutlets stated by another outlet}), and how many distinct outlets each summary quotes.
 */
final class SummaryFigures {
    private final Map<Integer, Integer> summariesByOutlets = new TreeMap<>(Comparator.reverseOrder());
    private int sentences;
    private int stated;
    private double bestSum;

    void sentence(double bestCosine) {
        bestSum += bestCosine;
        stated += bestCosine >= OtherOutlets.STATED_ELSEWHERE ? 1 : 0;
        sentences++;
    }

    void summary(int outlets) {
        summariesByOutlets.merge(outlets, 1, Integer::sum);
    }

    String statedElsewhere() {
        return String.format(Locale.ROOT, "mean best cosine with another outlet %.3f; stated by another outlet %d of %d"
                + " (%s)", bestSum / sentences, stated, sentences, ResultTable.share((double) stated / sentences));
    }

    /** How many summaries quote how many distinct outlets, most outlets first. */
    String outlets() {
        int summaries = summariesByOutlets.values().stream().mapToInt(Integer::intValue).sum();
        return summariesByOutlets.entrySet().stream().map(count -> String.format(Locale.ROOT, "%d in %d of %d (%s)",
                        count.getKey(), count.getValue(), summaries,
                        ResultTable.share((double) count.getValue() / summaries)))
                .collect(Collectors.joining(", ", "outlets per summary: ", ""));
    }
}
