package io.factstream.corpus.progress;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * How many records of one input file are committed (indexed, or reported bad), so that a second run of the same
 * file continues after them. Kept in {@code <file name>.checkpoint}, next to the input or in a state directory,
 * with the input's size: when the size changed it is another file, and the import starts over.
 */
public final class Checkpoint {
    private final Path file;
    private final long inputSize;

    private Checkpoint(Path file, long inputSize) {
        this.file = file;
        this.inputSize = inputSize;
    }

    /** The checkpoint of {@code input}; in {@code stateDirectory} when it is not null, else beside the input. */
    public static Checkpoint of(Path input, Path stateDirectory, long inputSize) {
        String name = input.getFileName() + ".checkpoint";
        Path directory = stateDirectory != null ? stateDirectory : input.toAbsolutePath().getParent();
        return new Checkpoint(directory.resolve(name), inputSize);
    }

    public Path file() {
        return file;
    }

    /** Records committed by earlier runs: 0 when there were none or the input has changed since. */
    public long committedRecords() throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        Properties saved = new Properties();
        saved.load(new StringReader(Files.readString(file)));
        if (!String.valueOf(inputSize).equals(saved.getProperty("size"))) {
            return 0;
        }
        return Long.parseLong(saved.getProperty("records", "0"));
    }

    /** Records that {@code records} records are committed, atomically, so a crash leaves the old or the new count. */
    public void save(long records) {
        Properties saved = new Properties();
        saved.setProperty("records", String.valueOf(records));
        saved.setProperty("size", String.valueOf(inputSize));
        try {
            StringWriter text = new StringWriter();
            saved.store(text, "factstream corpus import: records of the input committed so far");
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, text.toString());
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        }
    }
}
