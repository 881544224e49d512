package io.factstream.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences with their offsets. Paragraph breaks always end a sentence; within a
 * paragraph the JDK's English sentence rules apply, except after common abbreviations and initials.
 */
public final class SentenceSplitter {
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+");
    private static final Pattern ENDS_WITH_ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Gov|Sen|Rep|St|Jr|Sr|Inc|Ltd|Co|Corp|No|vs|etc|Jan|Feb|Mar|Apr"
                    + "|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\\.S|U\\.K|U\\.N|E\\.U)\\.|\\b[A-Z]\\.)\\s*$");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher paragraph = PARAGRAPH.matcher(text);
        while (paragraph.find()) {
            splitParagraph(text, paragraph.start(), paragraph.end(), sentences);
        }
        return sentences;
    }

    private static void splitParagraph(String text, int from, int to, List<Sentence> sentences) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(text.substring(from, to));
        int start = 0;
        int end = breaks.next();
        while (end != BreakIterator.DONE) {
            int next = breaks.next();
            String candidate = text.substring(from + start, from + end);
            if (next != BreakIterator.DONE && ENDS_WITH_ABBREVIATION.matcher(candidate).find()) {
                end = next;
                continue;
            }
            add(text, from + start, from + end, sentences);
            start = end;
            end = next;
        }
    }

    private static void add(String text, int start, int end, List<Sentence> sentences) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(text.substring(start, end), start, end));
        }
    }
}
