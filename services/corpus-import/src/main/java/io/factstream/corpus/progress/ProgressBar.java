package io.factstream.corpus.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * One line on stderr, redrawn in place at most four times a second: records read, records per second, passages,
 * and when the input's size is known, how much of it has been read (compressed bytes for a gzipped file).
 */
public final class ProgressBar {
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int WIDTH = 24;

    private final PrintStream out;
    private final LongSupplier bytesRead;
    private final OptionalLong totalBytes;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;

    public ProgressBar(PrintStream out, LongSupplier bytesRead, OptionalLong totalBytes) {
        this.out = out;
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
    }

    public void update(long records, long passages) {
        long now = System.nanoTime();
        if (now - lastDrawNanos >= REDRAW_NANOS) {
            lastDrawNanos = now;
            draw(records, passages, now);
        }
    }

    /** Draws the final state and ends the line. */
    public void finish(long records, long passages) {
        draw(records, passages, System.nanoTime());
        out.println();
    }

    private void draw(long records, long passages, long now) {
        out.print("\r" + line(records, passages, (now - startNanos) / 1e9, bytesRead.getAsLong(), totalBytes));
        out.flush();
    }

    static String line(long records, long passages, double seconds, long bytesRead, OptionalLong totalBytes) {
        double rate = seconds > 0 ? records / seconds : 0;
        String counts = String.format(Locale.ROOT, "%,d records  %,.1f records/s  %,d passages", records, rate,
                passages);
        if (totalBytes.isEmpty() || totalBytes.getAsLong() == 0) {
            return counts;
        }
        double done = Math.min(1.0, (double) bytesRead / totalBytes.getAsLong());
        int filled = (int) Math.round(done * WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %5.1f%%  %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                done * 100, counts);
    }
}
