package io.factstream.corpus.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test fixtures: the samples in src/test/resources copied to a folder, plain or gzipped, and read to the end. */
public final class CorpusFiles {
    private CorpusFiles() {
    }

    public static Path copy(String resource, Path directory, boolean gzip) throws IOException {
        Path target = directory.resolve(gzip ? resource + ".gz" : resource);
        try (InputStream in = CorpusFiles.class.getResourceAsStream("/" + resource);
             OutputStream file = Files.newOutputStream(target);
             OutputStream out = gzip ? new GZIPOutputStream(file) : file) {
            in.transferTo(out);
        }
        return target;
    }

    public static List<CorpusRecord> readAll(Path path) {
        try (CorpusFile file = CorpusFile.open(path)) {
            List<CorpusRecord> records = new ArrayList<>();
            for (CorpusRecord record = file.reader().next(); record != null; record = file.reader().next()) {
                records.add(record);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
