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
 * A corpus file opened for streaming: its format from its name ({@code .jsonl} JSON Lines, {@code .xml}
 * Wikipedia abstracts, either optionally {@code .gz}), and how many of its bytes (compressed, when it is) have
 * been read so far.
 */
public final class CorpusFile implements Closeable {
    private final CountingInputStream counted;
    private final InputStream content;
    private final CorpusReader reader;
    private final OptionalLong size;

    private CorpusFile(Path path) throws IOException {
        String name = path.getFileName().toString();
        boolean gzipped = name.endsWith(".gz");
        String unzippedName = gzipped ? name.substring(0, name.length() - 3) : name;
        counted = new CountingInputStream(Files.newInputStream(path));
        try {
            InputStream buffered = new BufferedInputStream(counted, 1 << 16);
            content = gzipped ? new GZIPInputStream(buffered, 1 << 16) : buffered;
            if (unzippedName.endsWith(".jsonl")) {
                reader = new JsonLinesReader(content);
            } else if (unzippedName.endsWith(".xml")) {
                reader = new WikipediaAbstractsReader(content);
            } else {
                throw new IllegalArgumentException("unknown corpus format of " + name
                        + ": expected .jsonl or a Wikipedia abstracts dump .xml, optionally .gz");
            }
        } catch (IOException | RuntimeException e) {
            counted.close();
            throw e;
        }
        // A pipe or device has no size to show progress against.
        size = Files.isRegularFile(path) ? OptionalLong.of(Files.size(path)) : OptionalLong.empty();
    }

    public static CorpusFile open(Path path) throws IOException {
        return new CorpusFile(path);
    }

    public CorpusReader reader() {
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
