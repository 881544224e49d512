package io.factstream.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLinesReaderTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "gzipped: {0}")
    @ValueSource(booleans = {false, true})
    void readsDocumentsAndRejectsBadLinesByLineNumber(boolean gzip) throws IOException {
        List<CorpusRecord<CorpusDocument>> records = CorpusFiles.readAll(CorpusFiles.copy("sample.jsonl", directory, gzip));

        assertEquals(7, records.size(), "the blank line is no record");
        CorpusDocument westport = CorpusFiles.parsed(records.get(0)).document();
        assertEquals(new CorpusDocument("Westport", "https://reference.factstream.example/wiki/Westport",
                "Westport is a harbour town at the mouth of the Corran estuary. It has about 48,000 inhabitants.",
                "2026-11-20"), westport);

        assertRejected(records.get(1), "line 2", "invalid JSON");
        assertRejected(records.get(2), "line 4", "missing url");
        assertRejected(records.get(3), "line 5", "missing text");
        assertRejected(records.get(4), "line 6", "not a JSON object");
        assertRejected(records.get(5), "line 7", "invalid date 'next Tuesday'");

        CorpusRecord.Parsed<CorpusDocument> ridgeford = CorpusFiles.parsed(records.get(6));
        assertEquals(8, ridgeford.number());
        assertNull(ridgeford.document().title(), "the title is optional");
        assertEquals("2026-11-20T08:30:00Z", ridgeford.document().date());
    }

    @Test
    void countsTheBytesReadAgainstTheFileSize() throws IOException {
        Path path = CorpusFiles.copy("sample.jsonl", directory, true);
        try (CorpusFile file = CorpusFile.open(path)) {
            while (file.reader().next() != null) {
                // read to the end
            }
            assertEquals(Files.size(path), file.size().orElseThrow());
            assertEquals(Files.size(path), file.bytesRead(), "compressed bytes, as the file size is");
        }
    }

    @Test
    void refusesFilesOfUnknownFormat() throws IOException {
        Path csv = Files.writeString(directory.resolve("corpus.csv"), "title,url,text\n");
        assertThrows(IllegalArgumentException.class, () -> CorpusFile.open(csv));
    }

    private static void assertRejected(CorpusRecord<CorpusDocument> record, String location, String reasonStart) {
        CorpusRecord.Rejected<CorpusDocument> rejected = CorpusFiles.rejected(record);
        assertEquals(location, rejected.location());
        assertTrue(rejected.reason().startsWith(reasonStart), rejected.reason());
    }
}
