package io.factstream.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the passages that claims elsewhere can cite: windows of {@link #SENTENCES} consecutive
 * sentences, leaving out windows shorter than {@link #MIN_LENGTH} characters (too short to say anything).
 * Claim extraction embeds them and evidence search indexes them, so both must cut alike: this is the one place.
 */
public final class PassageWindows {
    public static final int SENTENCES = 1;
    public static final int MIN_LENGTH = 20;

    private PassageWindows() {
    }

    /** The windows of {@code text}, whose sentences (as {@link SentenceSplitter} splits it) are {@code sentences}. */
    public static List<PassageWindow> of(String text, List<Sentence> sentences) {
        List<PassageWindow> windows = new ArrayList<>();
        for (int first = 0; first < sentences.size(); first += SENTENCES) {
            int end = Math.min(first + SENTENCES, sentences.size());
            int startChar = sentences.get(first).start();
            int endChar = sentences.get(end - 1).end();
            if (endChar - startChar >= MIN_LENGTH) {
                windows.add(new PassageWindow(text.substring(startChar, endChar), startChar, endChar, first, end));
            }
        }
        return windows;
    }
}
