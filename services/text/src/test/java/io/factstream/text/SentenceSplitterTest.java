package io.factstream.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsSentencesWithOffsetsIntoTheText() {
        String text = "The port reopened on Monday. Ships queued for hours.\n\nOfficials expect delays.";
        List<Sentence> sentences = SentenceSplitter.split(text);
        assertEquals(List.of("The port reopened on Monday.", "Ships queued for hours.", "Officials expect delays."),
                sentences.stream().map(Sentence::text).toList());
        for (Sentence sentence : sentences) {
            assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
        }
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        List<Sentence> sentences = SentenceSplitter.split(
                "Gen. Ada Moreno met U.S. officials on Jan. 5 in Geneva. J. R. Hale attended too.");
        assertEquals(List.of("Gen. Ada Moreno met U.S. officials on Jan. 5 in Geneva.", "J. R. Hale attended too."),
                sentences.stream().map(Sentence::text).toList());
    }

    @Test
    void headingsWithoutPunctuationAreTheirOwnSentence() {
        assertEquals(2, SentenceSplitter.split("Port reopens\nThe port reopened on Monday.").size());
    }

    @Test
    void aQuoteOfSeveralSentencesStaysWithItsAttribution() {
        String text = "“We will rebuild the pier. Work starts in May,” the mayor said. Fishermen welcomed it.";
        assertEquals(List.of("“We will rebuild the pier. Work starts in May,” the mayor said.", "Fishermen welcomed it."),
                texts(text));
        assertEquals(List.of("\"It failed. Twice,\" she said.", "Then it rained."),
                texts("\"It failed. Twice,\" she said. Then it rained."));
    }

    @Test
    void aQuoteThatNeverClosesInItsParagraphDoesNotSwallowIt() {
        assertEquals(List.of("He wrote: “The dam held.", "The town is safe."),
                texts("He wrote: “The dam held. The town is safe."));
    }

    @Test
    void bulletsAndNumberedItemsAreSentencesWithoutTheirMarks() {
        String text = "Key facts:\n- The bridge opened in 1932.\n• It carries 40,000 cars a day.\n2. Tolls rose in 2019.";
        List<Sentence> sentences = SentenceSplitter.split(text);
        assertEquals(List.of("Key facts:", "The bridge opened in 1932.", "It carries 40,000 cars a day.",
                "Tolls rose in 2019."), sentences.stream().map(Sentence::text).toList());
        for (Sentence sentence : sentences) {
            assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
        }
    }

    @Test
    void decimalsDoNotEndASentence() {
        assertEquals(List.of("Inflation fell to 2.4 percent in May.", "Rents rose 3.1 percent."),
                texts("Inflation fell to 2.4 percent in May. Rents rose 3.1 percent."));
    }

    private static List<String> texts(String text) {
        return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
    }
}
