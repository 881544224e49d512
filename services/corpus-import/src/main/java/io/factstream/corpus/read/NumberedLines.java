package io.factstream.corpus.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The non-blank lines of a UTF-8 input, each with its line number (from 1, blank lines counted): a record's place. */
public final class NumberedLines {
    /** One line and its number. */
    public record Line(long number, String text) {
    }

    private final BufferedReader lines;
    private long lineNumber;

    public NumberedLines(InputStream in) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** The next non-blank line, or null at the end of the input. */
    public Line next() throws IOException {
        String line;
        do {
            line = lines.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
        } while (line.isBlank());
        return new Line(lineNumber, line);
    }
}
