package io.factstream.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.factstream.corpus.index.DocumentPassages;
import io.factstream.corpus.index.PassageWriter;
import io.factstream.corpus.passages.ReferencePassages;
import io.factstream.corpus.progress.Checkpoint;
import io.factstream.corpus.progress.ImportSummary;
import io.factstream.corpus.progress.ProgressBar;
import io.factstream.corpus.read.CorpusDocument;
import io.factstream.corpus.read.CorpusReader;
import io.factstream.corpus.read.CorpusRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    private static final int BATCH_PASSAGES = 4;

    @TempDir
    Path directory;

    /** Records 1..10: each a document of two one-sentence passages, except record 5, which is bad. */
    private static List<CorpusRecord<CorpusDocument>> corpus() {
        return LongStream.rangeClosed(1, 10).mapToObj(n -> n == 5
                ? (CorpusRecord<CorpusDocument>) new CorpusRecord.Rejected<CorpusDocument>(n, "line " + n, "missing url")
                : new CorpusRecord.Parsed<>(n, "line " + n, new CorpusDocument("Entry " + n,
                        "https://reference.example/" + n, "Entry " + n + " is a town. It lies " + "far ".repeat(80) + "away.",
                        null))).toList();
    }

    @Test
    void writesEveryGoodDocumentInBatchesAndReportsTheBadOnes() throws IOException {
        RecordingWriter writer = new RecordingWriter();
        Checkpoint checkpoint = checkpoint();

        ImportSummary summary = importer(writer, checkpoint).run(reader(corpus()), 0);

        assertEquals(List.of(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L, 10L), writer.written);
        assertEquals(List.of(4, 4, 4, 4, 2), writer.batchSizes);
        assertEquals(9, summary.imported());
        assertEquals(18, summary.passages());
        assertEquals(0, summary.skipped());
        assertEquals(1, summary.badCount());
        assertEquals("line 5", summary.firstBad().getFirst().location());
        assertEquals(10, checkpoint.committedRecords());
    }

    @Test
    void anInterruptedImportResumesAfterTheLastWrittenBatch() throws IOException {
        Checkpoint checkpoint = checkpoint();
        RecordingWriter failing = new RecordingWriter();
        failing.failOnBatch = 3;
        assertThrows(IOException.class, () -> importer(failing, checkpoint).run(reader(corpus()), 0));
        assertEquals(4, checkpoint.committedRecords(), "two batches of two documents were written");

        RecordingWriter resumed = new RecordingWriter();
        ImportSummary summary = importer(resumed, checkpoint).run(reader(corpus()), checkpoint.committedRecords());

        assertEquals(List.of(6L, 7L, 8L, 9L, 10L), resumed.written);
        assertEquals(4, summary.skipped());
        assertEquals(5, summary.imported());
        assertEquals(1, summary.badCount(), "record 5 was not committed before, so it is reported now");
        assertEquals(10, checkpoint.committedRecords());
    }

    @Test
    void documentsTheStoreRefusesAreBadRecordsNotImports() throws IOException {
        RecordingWriter writer = new RecordingWriter();
        writer.refused = 7;

        ImportSummary summary = importer(writer, checkpoint()).run(reader(corpus()), 0);

        assertEquals(8, summary.imported());
        assertEquals(2, summary.badCount());
        assertEquals("refused: mapper_parsing_exception", summary.firstBad().get(1).reason());
    }

    @Test
    void aFinishedImportRunAgainWritesNothing() throws IOException {
        Checkpoint checkpoint = checkpoint();
        importer(new RecordingWriter(), checkpoint).run(reader(corpus()), 0);

        RecordingWriter again = new RecordingWriter();
        ImportSummary summary = importer(again, checkpoint).run(reader(corpus()), checkpoint.committedRecords());

        assertEquals(List.of(), again.written);
        assertEquals(10, summary.skipped());
        assertEquals(0, summary.imported());
    }

    private Checkpoint checkpoint() {
        return Checkpoint.of(directory.resolve("corpus.jsonl"), null, 100);
    }

    private static Importer<CorpusDocument> importer(PassageWriter<CorpusDocument> writer, Checkpoint checkpoint) {
        ProgressBar quiet = new ProgressBar(new PrintStream(OutputStream.nullOutputStream()), () -> 0,
                OptionalLong.empty());
        return new Importer<>(writer, checkpoint, quiet, BATCH_PASSAGES);
    }

    private static CorpusReader<CorpusDocument> reader(List<CorpusRecord<CorpusDocument>> records) {
        Iterator<CorpusRecord<CorpusDocument>> remaining = records.iterator();
        return () -> remaining.hasNext() ? remaining.next() : null;
    }

    /** Records the documents written; can fail on one batch like a lost connection, or refuse one document. */
    private static final class RecordingWriter implements PassageWriter<CorpusDocument> {
        final List<Long> written = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();
        int failOnBatch = -1;
        long refused = -1;

        @Override
        public List<String> passagesOf(CorpusDocument document) {
            return ReferencePassages.of(document.text());
        }

        @Override
        public List<CorpusRecord.Rejected<CorpusDocument>> write(List<DocumentPassages<CorpusDocument>> batch)
                throws IOException {
            if (batchSizes.size() + 1 == failOnBatch) {
                throw new IOException("connection lost");
            }
            batchSizes.add(batch.stream().mapToInt(document -> document.passages().size()).sum());
            List<CorpusRecord.Rejected<CorpusDocument>> rejected = new ArrayList<>();
            for (DocumentPassages<CorpusDocument> document : batch) {
                CorpusRecord.Parsed<CorpusDocument> record = document.record();
                if (record.number() == refused) {
                    rejected.add(new CorpusRecord.Rejected<>(record.number(), record.location(),
                            "refused: mapper_parsing_exception"));
                } else {
                    written.add(record.number());
                }
            }
            return rejected;
        }
    }
}
