package io.factstream.corpus;

import io.factstream.corpus.index.DocumentPassages;
import io.factstream.corpus.index.PassageWriter;
import io.factstream.corpus.progress.Checkpoint;
import io.factstream.corpus.progress.ImportSummary;
import io.factstream.corpus.progress.ProgressBar;
import io.factstream.corpus.read.CorpusReader;
import io.factstream.corpus.read.CorpusRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams records from a reader into a writer in batches of about {@code batchPassages} passages. Records up to
 * the checkpoint are read past without writing; after each batch is written the checkpoint moves to its last
 * record, bad records included, so an interrupted import resumes after the last written batch.
 */
final class Importer<D> {
    private final PassageWriter<D> writer;
    private final Checkpoint checkpoint;
    private final ProgressBar progress;
    private final int batchPassages;

    private final List<DocumentPassages<D>> batch = new ArrayList<>();
    private final List<CorpusRecord.Rejected<D>> firstBad = new ArrayList<>();
    private int batchedPassages;
    private long lastRecordRead;
    private long committed;
    private long recordsRead;
    private long skipped;
    private long imported;
    private long passages;
    private long badCount;

    Importer(PassageWriter<D> writer, Checkpoint checkpoint, ProgressBar progress, int batchPassages) {
        this.writer = writer;
        this.checkpoint = checkpoint;
        this.progress = progress;
        this.batchPassages = batchPassages;
    }

    ImportSummary run(CorpusReader<D> reader, long committedRecords) throws IOException {
        long start = System.nanoTime();
        committed = committedRecords;
        CorpusRecord<D> record;
        while ((record = reader.next()) != null) {
            recordsRead++;
            lastRecordRead = record.number();
            if (record.number() <= committedRecords) {
                skipped++;
            } else {
                take(record);
            }
            progress.update(recordsRead, passages);
        }
        commit();
        progress.finish(recordsRead, passages);
        return new ImportSummary(imported, passages, skipped, badCount, List.copyOf(firstBad),
                (System.nanoTime() - start) / 1e9);
    }

    private void take(CorpusRecord<D> record) throws IOException {
        switch (record) {
            case CorpusRecord.Rejected<D> rejected -> reportBad(rejected);
            case CorpusRecord.Parsed<D> parsed -> {
                List<String> documentPassages = writer.passagesOf(parsed.document());
                batch.add(new DocumentPassages<>(parsed, documentPassages));
                batchedPassages += documentPassages.size();
                if (batchedPassages >= batchPassages) {
                    commit();
                }
            }
        }
    }

    private void commit() throws IOException {
        List<CorpusRecord.Rejected<D>> refused = batch.isEmpty() ? List.of() : writer.write(batch);
        refused.forEach(this::reportBad);
        for (DocumentPassages<D> document : batch) {
            if (refused.stream().noneMatch(bad -> bad.number() == document.record().number())) {
                imported++;
                passages += document.passages().size();
            }
        }
        batch.clear();
        batchedPassages = 0;
        if (lastRecordRead > committed) {
            checkpoint.save(lastRecordRead);
            committed = lastRecordRead;
        }
    }

    private void reportBad(CorpusRecord.Rejected<D> rejected) {
        badCount++;
        if (firstBad.size() < ImportSummary.LISTED_BAD) {
            firstBad.add(rejected);
        }
    }
}
