package io.factstream.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportOptionsTest {
    private static final String INDEX = "factstream-reference";

    @Test
    void defaultsToTheRunStackAndTheReferenceIndex() {
        assertEquals(new ImportOptions(Path.of("corpus.jsonl"), URI.create("http://localhost:9200"), null,
                "factstream-reference", false, 256), ImportOptions.parse(INDEX, "corpus.jsonl"));
    }

    @Test
    void takesOptionsBeforeOrAfterTheFile() {
        assertEquals(new ImportOptions(Path.of("a.xml.gz"), URI.create("http://es:19200"), Path.of("state"),
                        "reference-test", true, 64),
                ImportOptions.parse(INDEX, "--es", "http://es:19200", "a.xml.gz", "--state", "state", "--index",
                        "reference-test", "--restart", "--batch", "64"));
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThrows(IllegalArgumentException.class, () -> ImportOptions.parse(INDEX));
        assertThrows(IllegalArgumentException.class, () -> ImportOptions.parse(INDEX, "a.jsonl", "b.jsonl"));
        assertThrows(IllegalArgumentException.class, () -> ImportOptions.parse(INDEX, "a.jsonl", "--es"));
        assertThrows(IllegalArgumentException.class, () -> ImportOptions.parse(INDEX, "a.jsonl", "--batch", "0"));
        assertThrows(IllegalArgumentException.class, () -> ImportOptions.parse(INDEX, "a.jsonl", "--fast"));
    }
}
