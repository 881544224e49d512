package io.factstream.corpus.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
    @TempDir
    Path directory;

    @Test
    void startsAtZeroAndRemembersWhatWasSaved() throws IOException {
        Path input = directory.resolve("enwiki-abstract.xml.gz");
        Checkpoint checkpoint = Checkpoint.of(input, null, 1_000);
        assertEquals(directory.resolve("enwiki-abstract.xml.gz.checkpoint"), checkpoint.file());
        assertEquals(0, checkpoint.committedRecords());

        checkpoint.save(250);

        assertEquals(250, Checkpoint.of(input, null, 1_000).committedRecords());
    }

    @Test
    void aChangedInputStartsOver() throws IOException {
        Path input = directory.resolve("corpus.jsonl");
        Checkpoint.of(input, null, 1_000).save(250);

        assertEquals(0, Checkpoint.of(input, null, 1_200).committedRecords());
    }

    @Test
    void livesInTheStateDirectoryWhenOneIsGiven() throws IOException {
        Path input = directory.resolve("data/corpus.jsonl");
        Path state = directory.resolve("state");
        Checkpoint checkpoint = Checkpoint.of(input, state, 10);
        checkpoint.save(3);

        assertEquals(state.resolve("corpus.jsonl.checkpoint"), checkpoint.file());
        assertEquals(3, Checkpoint.of(input, state, 10).committedRecords());
        assertEquals(0, Checkpoint.of(input, null, 10).committedRecords());
    }
}
