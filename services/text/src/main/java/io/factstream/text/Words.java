package io.factstream.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level views of text for comparing sentences: content words, numbers, overlap. */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+)");
    private static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
            "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those",
            "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "has", "have", "had",
            "will", "would", "could", "should", "can", "may", "might", "said", "says", "say", "also", "than",
            "then", "there", "here", "after", "before", "about", "into", "over", "under", "not", "no", "who",
            "which", "what", "when", "where", "while", "more", "most", "some", "any", "all", "one", "up", "out");

    private Words() {
    }

    /** Lower-cased words that carry meaning, in order of first appearance, with a crude plural folding. */
    public static Set<String> contentWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group().replace("’", "'");
            if (word.endsWith("'s")) {
                word = word.substring(0, word.length() - 2);
            }
            if (!STOP_WORDS.contains(word) && !NUMBER.matcher(word).matches()) {
                words.add(folded(word));
            }
        }
        return words;
    }

    /** A lower-cased word as {@link #contentWords} keeps it: a crude plural folding ("ferries" → "ferrie"). */
    public static String folded(String word) {
        return word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }

    /** Whether a lower-cased word carries no meaning of its own ("the", "that", "said"). */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /**
     * Capitalised words that do not open a sentence, lower-cased: a cheap stand-in for the names of
     * people, places and organisations. Weekdays and months are left out, since unrelated events share them.
     */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (Sentence sentence : SentenceSplitter.split(text)) {
            Matcher matcher = CAPITALISED.matcher(sentence.text());
            while (matcher.find()) {
                String word = matcher.group(1).toLowerCase(Locale.ROOT);
                if (matcher.start(1) > 0 && !CALENDAR_WORDS.contains(word)) {
                    names.add(word);
                }
            }
        }
        return names;
    }

    /** The numbers written in the text, normalised without thousands separators. */
    public static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group().replace(",", ""));
        }
        return numbers;
    }

    /** Share of {@code reference}'s words that {@code other} also has: 0 (none) to 1 (all). */
    public static double coverage(Set<String> reference, Set<String> other) {
        if (reference.isEmpty()) {
            return 0;
        }
        long shared = reference.stream().filter(other::contains).count();
        return (double) shared / reference.size();
    }
}
