package io.factstream.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageWindowsTest {

    @Test
    void windowsKeepTheirOffsetsAndSentencesAndSkipShortOnes() {
        String text = "Bridge reopens\n\nThe Westport bridge reopened on Monday. It cost 4.2 million euros in all.";
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<PassageWindow> windows = PassageWindows.of(text, sentences);

        assertEquals(List.of("The Westport bridge reopened on Monday.", "It cost 4.2 million euros in all."),
                windows.stream().map(PassageWindow::text).toList(), "the heading is too short to cite");
        for (PassageWindow window : windows) {
            assertEquals(window.text(), text.substring(window.start(), window.end()));
            assertEquals(window.start(), sentences.get(window.firstSentence()).start());
            assertEquals(window.end(), sentences.get(window.endSentence() - 1).end());
        }
    }

    @Test
    void emptyTextHasNoWindows() {
        assertEquals(List.of(), PassageWindows.of("", SentenceSplitter.split("")));
    }
}
