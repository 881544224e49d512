package io.factstream.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WikipediaAbstractsReaderTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "gzipped: {0}")
    @ValueSource(booleans = {false, true})
    void readsDocsAndReportsEmptyAbstractsAndMissingUrls(boolean gzip) throws IOException {
        List<CorpusRecord<CorpusDocument>> records = CorpusFiles.readAll(CorpusFiles.copy("sample-abstract.xml", directory, gzip));

        assertEquals(4, records.size());
        CorpusDocument bridge = CorpusFiles.parsed(records.get(0)).document();
        assertEquals("Westport harbour bridge", bridge.title());
        assertEquals("https://reference.factstream.example/wiki/Westport_harbour_bridge", bridge.url());
        assertTrue(bridge.text().startsWith("The Westport harbour bridge is a steel truss road bridge"));
        assertTrue(bridge.text().endsWith("deck and bearings."), "links are not part of the abstract");
        assertNull(bridge.date());

        CorpusRecord.Rejected<CorpusDocument> empty = CorpusFiles.rejected(records.get(1));
        assertEquals(2, empty.number());
        assertEquals("empty abstract", empty.reason());
        assertEquals("record 2 (line 11)", empty.location());
        assertEquals("missing url", CorpusFiles.rejected(records.get(2)).reason());

        CorpusRecord.Parsed<CorpusDocument> fleet = CorpusFiles.parsed(records.get(3));
        assertEquals(4, fleet.number());
        assertTrue(fleet.document().text().contains("60 vessels & lands mostly cod"), "entities are decoded");
    }

    @Test
    void brokenXmlStopsTheImportWithWhereItBroke() throws IOException {
        String xml = "<feed><doc><title>Wikipedia: A</title><url>https://x.example/a</url><abstract>A.</abstract></doc>"
                + "<doc><title>Wikipedia: B</title><url>https://x.example/b</url><abstract>B.</abstrac></doc></feed>";
        WikipediaAbstractsReader reader = new WikipediaAbstractsReader(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        CorpusFiles.parsed(reader.next());
        IOException broken = assertThrows(IOException.class, reader::next);
        assertTrue(broken.getMessage().startsWith("malformed XML after 2 records"), broken.getMessage());
    }
}
