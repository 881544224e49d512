package io.factstream.corpus.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.corpus.read.CorpusRecord;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ImportSummaryTest {

    @Test
    void listsEachBadRecordWithWhereAndWhy() {
        ImportSummary summary = new ImportSummary(1_204, 3_310, 500, 2,
                List.<CorpusRecord.Rejected<?>>of(new CorpusRecord.Rejected<>(2, "line 2", "invalid JSON: Unexpected end-of-input"),
                        new CorpusRecord.Rejected<>(4, "line 4", "missing url")), 20);

        assertEquals(String.join(System.lineSeparator(),
                "Imported 1,204 documents (3,310 passages) in 20.0 s, 165.5 passages/s; skipped 500 already imported; 2 bad",
                "  line 2: invalid JSON: Unexpected end-of-input",
                "  line 4: missing url"), summary.format());
    }

    @Test
    void countsTheBadRecordsBeyondTheListedOnes() {
        List<CorpusRecord.Rejected<Object>> listed = LongStream.rangeClosed(1, ImportSummary.LISTED_BAD)
                .mapToObj(n -> new CorpusRecord.Rejected<>(n, "record " + n, "empty abstract")).toList();
        String text = new ImportSummary(0, 0, 0, 1_020, listed, 0).format();

        assertEquals(ImportSummary.LISTED_BAD + 2, text.lines().count());
        assertEquals("  ... and 1,000 more bad records", text.lines().toList().getLast());
    }
}
