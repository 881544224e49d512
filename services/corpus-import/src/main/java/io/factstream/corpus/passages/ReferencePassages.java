package io.factstream.corpus.passages;

import io.factstream.text.Sentence;
import io.factstream.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a reference document into passages of one or two consecutive sentences: two while together they stay
 * short enough to quote as a snippet, one otherwise. Windows do not overlap, so each sentence is embedded once.
 */
public final class ReferencePassages {
    static final int MAX_PAIR_CHARS = 320;

    private ReferencePassages() {
    }

    public static List<String> of(String text) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<String> passages = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            String first = sentences.get(i).text();
            if (i + 1 < sentences.size()
                    && first.length() + 1 + sentences.get(i + 1).text().length() <= MAX_PAIR_CHARS) {
                passages.add(first + " " + sentences.get(i + 1).text());
                i += 2;
            } else {
                passages.add(first);
                i++;
            }
        }
        return passages;
    }
}
