package io.factstream.bench.report;

import java.util.Arrays;

/** Medians and percentiles of one run's samples. */
public final class Stats {
    private Stats() {
    }

    public static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The nearest-rank percentile of samples already sorted ascending, {@code percent} in (0, 100]. */
    public static long percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
