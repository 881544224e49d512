package io.factstream.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRepairTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The mayor\u00e2\u20ac\u2122s office | The mayor’s office",
        "\u00e2\u20ac\u0153Back on time,\u00e2\u20ac\u009d she said | “Back on time,” she said",
        "\u00e2\u20ac\u0153Back on time,\u00e2\u20ac\ufffd she said | “Back on time,” she said",
        "9\u00e2\u20ac\u201c11 May | 9–11 May",
        "ferries \u00e2\u20ac\u201d and buses | ferries — and buses",
        "Wait\u00e2\u20ac\u00a6 | Wait…",
        "caf\u00c3\u00a9 cr\u00c3\u00a8me | café crème",
        "Stra\u00c3\u0178e in M\u00c3\u00bcnchen | Straße in München",
        "\u00c2\u00a35 fare | £5 fare",
        "\u00e2\u201a\u00ac5 fare | €5 fare",
        "Ni\u00c3\u00b1o | Niño",
    })
    void textThatWasUtf8ReadAsWindows1252IsRepaired(String garbled, String repaired) {
        assertEquals(repaired, TextRepair.repair(garbled));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1252", "ISO-8859-1"})
    void everyCommonPunctuationMarkSurvivesTheRoundTrip(String wrongCharset) {
        String original = "‘a’ “b” c–d e—f g… h€ i™ j• é à ö ß ñ ç ø Å";
        assertEquals(original, TextRepair.repair(misread(original, wrongCharset)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1253", "ISO-8859-7"})
    void dashesReadAsGreekAreRepaired(String wrongCharset) {
        // The UTF-8 bytes of "–" (E2 80 93) read as Greek give "β€“", or "β" and two C1 controls.
        assertEquals("β€“", misread("–", "windows-1253"));
        assertEquals("2010–2014 — then ’twas over", TextRepair.repair(misread("2010–2014 — then ’twas over", wrongCharset)));
    }

    @Test
    void explicitGreekDashSequencesAreRepaired() {
        assertEquals("9–11 May", TextRepair.repair("9β€“11 May"));
        assertEquals("ferries — and buses", TextRepair.repair("ferries β€” and buses"));
        assertEquals("9–11 May", TextRepair.repair("9β\u0080\u009311 May"));
    }

    @Test
    void textMisreadTwiceIsRepaired() {
        String twice = misread(misread("the mayor’s office", "windows-1252"), "windows-1252");
        assertEquals("the mayor’s office", TextRepair.repair(twice));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Η Βουλή ψήφισε το νομοσχέδιο με 160 ψήφους — «ιστορική μέρα», είπε ο υπουργός.",
        "Ça coûte 5 € à Zürich, «très cher» selon l’élu.",
        "Straße, Öl, Ärger — “quoted” and ‘single’ … fine.",
        "Москва, 23 ноября — Государственная дума приняла закон.",
        "价格上涨了 5% — 报道称。",
    })
    void correctTextIsLeftAlone(String correct) {
        assertEquals(correct, TextRepair.repair(correct));
    }

    @Test
    void textIsComposedToNfc() {
        assertEquals("caf\u00e9", TextRepair.repair("cafe\u0301"));
    }

    @Test
    void controlCharactersGoButNewlinesAndTabsStay() {
        assertEquals("a\nb\tc\nd\ne", TextRepair.repair("a\r\nb\tc\u0000\u0007\rd\n\ufeffe\u200b"));
    }

    private static String misread(String text, String wrongCharset) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(wrongCharset));
    }
}
