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

    public static List<CorpusRecord<CorpusDocument>> readAll(Path path) {
        return readAll(path, CorpusFile::referenceReader);
    }

    public static <D> List<CorpusRecord<D>> readAll(Path path, CorpusFile.Formats<D> formats) {
        try (CorpusFile<D> file = CorpusFile.open(path, formats)) {
            List<CorpusRecord<D>> records = new ArrayList<>();
            for (CorpusRecord<D> record = file.reader().next(); record != null; record = file.reader().next()) {
                records.add(record);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record, which must be a parsed one. */
    public static <D> CorpusRecord.Parsed<D> parsed(CorpusRecord<D> record) {
        if (record instanceof CorpusRecord.Parsed<D> parsed) {
            return parsed;
        }
        throw new AssertionError("expected a parsed record, got " + record);
    }

    /** The record, which must be a rejected one. */
    public static <D> CorpusRecord.Rejected<D> rejected(CorpusRecord<D> record) {
        if (record instanceof CorpusRecord.Rejected<D> rejected) {
            return rejected;
        }
        throw new AssertionError("expected a rejected record, got " + record);
    }
}
