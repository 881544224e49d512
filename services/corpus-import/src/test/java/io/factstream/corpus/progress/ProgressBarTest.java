package io.factstream.corpus.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void showsThePercentageOfTheFileWhenItsSizeIsKnown() {
        assertEquals("[############............]  50.0%  12,345 records  1,234.5 records/s  30,001 passages",
                ProgressBar.line(12_345, 30_001, 10, 500, OptionalLong.of(1_000)));
    }

    @Test
    void showsOnlyCountsAndRateWithoutASize() {
        assertEquals("7 records  3.5 records/s  9 passages", ProgressBar.line(7, 9, 2, 123, OptionalLong.empty()));
    }

    @Test
    void aFullFileIsAFullBar() {
        assertTrue(ProgressBar.line(1, 1, 1, 1_100, OptionalLong.of(1_000)).startsWith("[########################] 100.0%"),
                "read-ahead can pass the size, the bar cannot");
    }

    @Test
    void redrawsInPlaceAndEndsWithANewLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), () -> 0, OptionalLong.empty());

        bar.update(1, 2);
        bar.update(2, 4);
        bar.finish(3, 6);

        String drawn = out.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.startsWith("\r1 records"), drawn);
        assertTrue(drawn.contains("\r3 records"), drawn);
        assertTrue(drawn.endsWith(System.lineSeparator()), drawn);
        assertEquals(2, drawn.chars().filter(c -> c == '\r').count(), "the second update came too soon to redraw");
    }
}
