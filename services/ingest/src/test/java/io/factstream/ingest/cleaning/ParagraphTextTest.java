package io.factstream.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphTextTest {

    private static TextBlock block(String text) {
        return new TextBlock(text, 0);
    }

    @Test
    void blocksBecomeParagraphsSeparatedByOneBlankLine() {
        assertEquals("The ferry sails at nine.\n\nTickets cost four euros.",
                ParagraphText.of(List.of(block("  The ferry \t sails\u00A0at nine.  "), block(""),
                        block("\n\nTickets cost four euros.\n\n\n"))));
    }

    @Test
    void lineBreaksInsideABlockAreKeptAndTrimmed() {
        assertEquals("Harbour road closed\nDetour via the bridge\n\nBuses run as usual",
                ParagraphText.of(List.of(block("Harbour road closed   \n   Detour via the bridge\n\n\n\nBuses run as usual"))));
    }

    @Test
    void nothingButSpacesIsEmpty() {
        assertEquals("", ParagraphText.of(List.of(block(" \n\t\u2003 "), block("\n"))));
    }
}
