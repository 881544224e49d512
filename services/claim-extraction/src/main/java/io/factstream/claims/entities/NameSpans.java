package io.factstream.claims.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the runs of capitalised words in a sentence: "Mayor Lina Ortiz", "Ministry of Health", "U.S.". */
final class NameSpans {
    private static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    /** Lower-case words that may join the capitalised words of one name. */
    private static final Set<String> JOINERS = Set.of("of", "for", "the", "de", "del", "da", "van", "von",
            "la", "le", "al", "bin");
    /** Capitalised words that are never names on their own. */
    private static final Set<String> NEVER = Set.of("I", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");
    /** Words that open many sentences capitalised; a name may follow them ("The Westport Council said"). */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "On", "At", "After", "Before", "But",
            "And", "Or", "It", "Its", "This", "That", "These", "Those", "He", "She", "They", "We", "You", "Our", "His",
            "Her", "Their", "My", "When", "While", "If", "As", "By", "For", "From", "With", "Without", "Under", "Over",
            "According", "Last", "Next", "Earlier", "Later", "Meanwhile", "However", "Also", "Still", "Yet", "So",
            "Despite", "Since", "During", "Until", "About", "Nearly", "Only", "Both", "All", "Each", "Every", "No",
            "Not", "There", "Here", "What", "Who", "Why", "How", "Where", "Which", "Once", "Some", "Many", "Most",
            "More", "Several", "Few", "Other", "Another", "Such", "Then", "Now", "Today", "Yesterday", "Tomorrow",
            "Instead", "Although", "Though", "Because", "Unlike", "Like", "Among", "Between", "Through", "Of", "To");
    private static final int MAX_WORDS = 5;

    private NameSpans() {
    }

    private record Word(String text, int start, int end) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0)) && !NEVER.contains(text);
        }

        boolean possessive() {
            return text.endsWith("'s") || text.endsWith("’s");
        }
    }

    static List<NameSpan> in(String sentence) {
        List<Word> words = words(sentence);
        List<NameSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).capitalised()) {
                i++;
                continue;
            }
            int last = i;
            while (!words.get(last).possessive()) {
                int next = last + 1;
                if (next < words.size() && joined(sentence, words.get(last), words.get(next))
                        && words.get(next).capitalised()) {
                    last = next;
                } else if (next + 1 < words.size() && JOINERS.contains(words.get(next).text())
                        && joined(sentence, words.get(last), words.get(next))
                        && joined(sentence, words.get(next), words.get(next + 1))
                        && words.get(next + 1).capitalised()) {
                    last = next + 1;
                } else {
                    break;
                }
            }
            span(sentence, words, i, last).ifPresent(spans::add);
            i = last + 1;
        }
        return spans;
    }

    private static Optional<NameSpan> span(String sentence, List<Word> words, int first, int last) {
        boolean atStart = opensSentence(sentence, words.get(first).start());
        int from = atStart && OPENERS.contains(words.get(first).text()) ? first + 1 : first;
        if (from > last) {
            return Optional.empty();
        }
        atStart = atStart && from == first;
        boolean titled = false;
        while (from < last && PersonTitles.TITLES.contains(words.get(from).text())) {
            titled = true;
            from++;
        }
        List<String> names = new ArrayList<>();
        for (int k = from; k <= last; k++) {
            names.add(words.get(k).text());
        }
        String lastWord = names.getLast();
        int end = words.get(last).end();
        if (words.get(last).possessive()) {
            names.set(names.size() - 1, lastWord.substring(0, lastWord.length() - 2));
            end -= 2;
        }
        if (names.size() > MAX_WORDS || names.getLast().isEmpty()) {
            return Optional.empty(); // a headline in title case, not a name
        }
        int start = words.get(from).start();
        String before = first > 0 ? words.get(first - 1).text().toLowerCase(Locale.ROOT) : "";
        String after = last + 1 < words.size() ? words.get(last + 1).text().toLowerCase(Locale.ROOT) : "";
        return Optional.of(new NameSpan(sentence.substring(start, end), start, end, List.copyOf(names),
                titled, atStart && !titled, before, after));
    }

    private static List<Word> words(String sentence) {
        List<Word> words = new ArrayList<>();
        Matcher match = WORD.matcher(sentence);
        while (match.find()) {
            words.add(new Word(match.group(), match.start(), match.end()));
        }
        return words;
    }

    /** Only spaces between the two words, or a short title's full stop and a space ("Dr. Chen"). */
    private static boolean joined(String sentence, Word first, Word second) {
        String gap = sentence.substring(first.end(), second.start());
        return gap.equals(" ") || (gap.equals(". ") && PersonTitles.SHORT_TITLES.contains(first.text()));
    }

    /** Nothing but opening quotes or brackets before it in the sentence, or a colon just before. */
    private static boolean opensSentence(String sentence, int start) {
        String before = sentence.substring(0, start).strip();
        return before.replaceAll("[\"“‘'(\\[]", "").isEmpty() || before.endsWith(":") || before.endsWith("“")
                || before.endsWith("\"");
    }
}
