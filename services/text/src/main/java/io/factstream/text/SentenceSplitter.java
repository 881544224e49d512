package io.factstream.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences with their offsets. Paragraph breaks always end a sentence (so a heading or a bullet is
 * its own sentence, without its bullet mark); within a paragraph the JDK's English sentence rules apply, except after
 * common abbreviations and initials, and inside a quotation that closes later in the paragraph: a quote of several
 * sentences stays one sentence with its attribution ("“We will rebuild. We start Monday,” the mayor said.").
 */
public final class SentenceSplitter {
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*•▪–—]|\\d{1,2}[.)])\\s+");
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
        Matcher listMark = LIST_MARK.matcher(text).region(from, to);
        if (listMark.lookingAt()) {
            from = listMark.end();
        }
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(text.substring(from, to));
        int start = 0;
        int end = breaks.next();
        while (end != BreakIterator.DONE) {
            int next = breaks.next();
            String candidate = text.substring(from + start, from + end);
            if (next != BreakIterator.DONE && (ENDS_WITH_ABBREVIATION.matcher(candidate).find()
                    || quoteOpen(candidate) && closesBefore(text, from + end, to))) {
                end = next;
                continue;
            }
            add(text, from + start, from + end, sentences);
            start = end;
            end = next;
        }
    }

    /** An opening quotation mark without its closing one: curly marks by kind, straight ones by count. */
    private static boolean quoteOpen(String candidate) {
        return count(candidate, '“') > count(candidate, '”') || count(candidate, '"') % 2 == 1;
    }

    private static boolean closesBefore(String text, int from, int to) {
        int curly = text.indexOf('”', from);
        int straight = text.indexOf('"', from);
        return curly >= 0 && curly < to || straight >= 0 && straight < to;
    }

    private static long count(String text, char mark) {
        return text.chars().filter(c -> c == mark).count();
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
