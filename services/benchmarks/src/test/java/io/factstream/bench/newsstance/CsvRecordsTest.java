package io.factstream.bench.newsstance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void quotedFieldsKeepCommasLineBreaksAndQuotes() throws IOException {
        String csv = "Body ID,articleBody\r\n7,\"The mayor said, \"\"No.\"\"\n\nThen she left.\"\n8,plain\n";
        assertEquals(List.of(List.of("Body ID", "articleBody"),
                        List.of("7", "The mayor said, \"No.\"\n\nThen she left."),
                        List.of("8", "plain")),
                CsvRecords.read(new StringReader(csv)));
    }

    @Test
    void aLastRecordWithoutLineBreakIsKept() throws IOException {
        assertEquals(List.of(List.of("a", "b")), CsvRecords.read(new StringReader("a,b")));
    }
}
