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
}
