package io.factstream.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportOptionsTest {

    @Test
    void defaultsToTheRunStackAndTheReferenceIndex() {
        assertEquals(new ImportOptions(Path.of("corpus.jsonl"), URI.create("http://localhost:9200"), null,
                "factstream-reference", false, 256), ImportOptions.parse("corpus.jsonl"));
    }

    @Test
    void takesOptionsBeforeOrAfterTheFile() {
        assertEquals(new ImportOptions(Path.of("a.xml.gz"), URI.create("http://es:19200"), Path.of("state"),
                        "reference-test", true, 64),
                ImportOptions.parse("--es", "http://es:19200", "a.xml.gz", "--state", "state", "--index",
                        "reference-test", "--restart", "--batch", "64"));
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThrows(IllegalArgumentException.class, ImportOptions::parse);
        assertThrows(IllegalArgumentException.class, () -> ImportOptions.parse("a.jsonl", "b.jsonl"));
        assertThrows(IllegalArgumentException.class, () -> ImportOptions.parse("a.jsonl", "--es"));
        assertThrows(IllegalArgumentException.class, () -> ImportOptions.parse("a.jsonl", "--batch", "0"));
        assertThrows(IllegalArgumentException.class, () -> ImportOptions.parse("a.jsonl", "--fast"));
    }
}
