package io.factstream.corpus.read;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;

/**
 * An input file opened for streaming, optionally gzipped ({@code .gz}): its format from its name, and how many of
 * its bytes (compressed, when it is) have been read so far.
 *
 * @param <D> what its records hold
 */
public final class CorpusFile<D> implements Closeable {
    private final CountingInputStream counted;
    private final InputStream content;
    private final CorpusReader<D> reader;
    private final OptionalLong size;

    /** Opens a reader of the format a file's name (without {@code .gz}) says, or refuses a name it does not know. */
    @FunctionalInterface
    public interface Formats<D> {
        CorpusReader<D> readerFor(String unzippedName, InputStream content) throws IOException;
    }

    private CorpusFile(Path path, Formats<D> formats) throws IOException {
        String name = path.getFileName().toString();
        boolean gzipped = name.endsWith(".gz");
        String unzippedName = gzipped ? name.substring(0, name.length() - 3) : name;
        counted = new CountingInputStream(Files.newInputStream(path));
        try {
            InputStream buffered = new BufferedInputStream(counted, 1 << 16);
            content = gzipped ? new GZIPInputStream(buffered, 1 << 16) : buffered;
            reader = formats.readerFor(unzippedName, content);
        } catch (IOException | RuntimeException e) {
            counted.close();
            throw e;
        }
        // A pipe or device has no size to show progress against.
        size = Files.isRegularFile(path) ? OptionalLong.of(Files.size(path)) : OptionalLong.empty();
    }

    /** A reference corpus ({@link #referenceReader}). */
    public static CorpusFile<CorpusDocument> open(Path path) throws IOException {
        return new CorpusFile<>(path, CorpusFile::referenceReader);
    }

    public static <D> CorpusFile<D> open(Path path, Formats<D> formats) throws IOException {
        return new CorpusFile<>(path, formats);
    }

    /** A reference corpus: {@code .jsonl} JSON Lines or {@code .xml} Wikipedia abstracts. */
    public static CorpusReader<CorpusDocument> referenceReader(String unzippedName, InputStream content)
            throws IOException {
        if (unzippedName.endsWith(".jsonl")) {
            return new JsonLinesReader(content);
        }
        if (unzippedName.endsWith(".xml")) {
            return new WikipediaAbstractsReader(content);
        }
        throw new IllegalArgumentException("unknown corpus format of " + unzippedName
                + ": expected .jsonl or a Wikipedia abstracts dump .xml, optionally .gz");
    }

    public CorpusReader<D> reader() {
        return reader;
    }

    public long bytesRead() {
        return counted.count();
    }

    public OptionalLong size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
