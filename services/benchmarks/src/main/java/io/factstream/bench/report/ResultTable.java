package io.factstream.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A benchmark's results as one Markdown table: measure, value, target, and the value's ratio to its target. */
public final class ResultTable {
    private final List<String> rows = new ArrayList<>();

    /** A measure with a lower bound to reach; the ratio column says how far it is above or below. */
    public ResultTable measured(String measure, double value, String unit, double atLeast, String detail) {
        return row(measure, format(value) + " " + unit + " (" + detail + ")", "≥ " + format(atLeast) + " " + unit,
                String.format(Locale.ROOT, "%.2f× %s", value / atLeast, value >= atLeast ? "met" : "missed"));
    }

    /** A measure between 0 and 1 (accuracy, F1) with a lower bound to reach, to three decimals. */
    public ResultTable measuredShare(String measure, double value, double atLeast, String detail) {
        return row(measure, share(value) + " (" + detail + ")", "≥ " + share(atLeast),
                String.format(Locale.ROOT, "%.2f× %s", value / atLeast, value >= atLeast ? "met" : "missed"));
    }

    /** A measure between 0 and 1 (an error rate) with an upper bound not to pass, to three decimals. */
    public ResultTable measuredAtMost(String measure, double value, double atMost, String detail) {
        return row(measure, share(value) + " (" + detail + ")", "≤ " + share(atMost),
                String.format(Locale.ROOT, "%.2f× %s", value / atMost, value <= atMost ? "met" : "missed"));
    }

    /** A measure reported for information, without a target. */
    public ResultTable reported(String measure, String value) {
        return row(measure, value, "–", "–");
    }

    public String markdown() {
        return "| measure | value | target | vs target |\n|---|---|---|---|\n" + String.join("\n", rows) + "\n";
    }

    public void writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown());
    }

    /** Whole numbers from 100 up or when whole, otherwise enough decimals that a slow rate does not read as 0. */
    public static String format(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 || value == Math.rint(value) ? "%,.0f" : magnitude >= 1 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }

    public static String share(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private ResultTable row(String measure, String value, String target, String versusTarget) {
        rows.add("| " + measure + " | " + value + " | " + target + " | " + versusTarget + " |");
        return this;
    }
}
