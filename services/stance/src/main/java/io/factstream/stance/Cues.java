package io.factstream.stance;

import io.factstream.text.Words;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Word-level cues of how one sentence states something: negation, hedging, dates, quotes, opposite words. Each is read
 * from the text when first asked and kept, since a judgement asks for most of them several times and a claim is
 * judged against many evidence sentences. Not thread-safe: one instance per sentence and judging thread.
 */
final class Cues {
    /**
     * A negated predicate. "No" negates only where it is not part of a noun phrase: "the lone no vote" is a vote
     * against, not a negation, and "without" or "unlikely" qualify rather than deny.
     */
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(not|never|none|nor|neither|nobody|nothing|denied|denies|deny|refused|refuses|"
                    + "didn't|don't|doesn't|wasn't|isn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|"
                    + "can't|cannot|couldn't)\\b(?! only\\b)(?! less\\b)(?! more\\b)"
                    + "|(?<!\\b(?:the|a|an|lone|only|single|one|two|three|his|her|their|its|our|of)\\s)\\bno\\b"
                    + "(?![-\\s]+votes?\\b)(?!\\s+(?:less|more|fewer|longer than)\\b)");
    private static final int NEGATION_SCOPE = 2;
    private static final Pattern CLAUSE_END = Pattern.compile("[,.;:!?\"“”]");
    private static final Pattern SCOPE_WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
    /** What a report says when it denies a story outright: "the report is false", "a hoax". */
    private static final Pattern DENIAL = Pattern.compile("\\b(false|untrue|not true|hoax|hoaxes|fake|fabricated|"
            + "debunked|debunk|denied|denies|deny|no truth|satire|satirical|made up|baseless|unfounded)\\b");
    /**
     * Hedges, and reporting that passes a story on without asserting it ("reportedly", "according to reports",
     * "rumours"); "according to the council" names a source, as "the council said" does.
     */
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(may|might|could|possibly|perhaps|probably|likely|suggests?|suggested|appears?|seems?|uncertain|"
                    + "unclear|estimated|expected|projected|predicted|potential|potentially|claims?|claimed|alleged|"
                    + "allegedly|reportedly|according to (?:\\w+ )?(?:reports?|sources|rumou?rs)|reports?|reported|"
                    + "rumou?rs?|rumou?red|purportedly|supposedly|"
                    + "apparently|believed to|said to|unconfirmed|unverified)\\b");
    /** Discourse markers with which a text sets itself against a statement. */
    private static final Pattern COUNTER = Pattern.compile(
            "\\b(however|but|although|though|despite|contrary|myth|misconception|false|incorrect|wrong|debunked|"
                    + "disputed|misleading|no evidence|little evidence|rather than|instead)\\b");
    private static final Pattern DATE = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                    + "August|September|October|November|December|1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile("^(1[89]\\d\\d|20\\d\\d)$");
    private static final Pattern PARTY_TAG = Pattern.compile("\\(?\\b[DRI]-[A-Z][A-Za-z.]*\\)?");
    private static final Pattern QUOTE = Pattern.compile("[\"“”]([^\"“”]{3,})[\"“”]");
    private static final Map<String, Set<String>> OPPOSITES = opposites(
            "increase decrease", "increased decreased", "increases decreases", "increasing decreasing",
            "rise fall", "rises falls", "rose fell", "rising falling", "more less", "more fewer", "higher lower",
            "warmer cooler", "warming cooling", "warm cool", "gain loss", "gains losses", "gained lost",
            "grow shrink", "growing shrinking", "grew shrank", "above below", "positive negative", "win lose",
            "won lost", "open closed", "opened closed", "allowed banned", "approved rejected", "accept reject",
            "accelerating slowing", "strengthen weaken", "strengthened weakened", "safe dangerous", "true false",
            "expand contract", "expanded contracted", "advance retreat", "advancing retreating", "thicker thinner",
            "larger smaller", "bigger smaller", "largest smallest", "highest lowest", "up down", "before after",
            "cause prevent", "increase reduce", "increased reduced", "support oppose", "supported opposed",
            "raise lower", "raised lowered", "most least", "majority minority", "success failure", "agree disagree");

    /** Words capitalised in a title, where capitals mark no names. */
    private static final Pattern TITLE_WORD = Pattern.compile("\\b\\p{L}{4,}");

    private final String text;
    private final LocalDate published;
    private String normalised;
    private Set<String> contentWords;
    private Set<String> names;
    private Set<String> dates;
    private Set<String> statementWords;
    private Set<String> lowerWords;
    private String quoted;
    private Boolean negated;
    private List<Quantity> quantities;
    private List<EventDate> eventDates;
    private Set<String> canonicalNames;

    private Cues(String text, LocalDate published) {
        this.text = text;
        this.published = published;
    }

    static Cues of(String text) {
        return new Cues(text, null);
    }

    /** @param published the day the text was published, null when not known */
    static Cues of(String text, LocalDate published) {
        return new Cues(text, published);
    }

    String text() {
        return text;
    }

    boolean negated() {
        if (negated == null) {
            negated = NEGATION.matcher(normalised()).find();
        }
        return negated;
    }

    /**
     * The words a negation denies: the first {@value #NEGATION_SCOPE} content words after each negation, within its
     * clause, that are neither names nor stop words ("did not <em>reopen</em>", "denied that the <em>council
     * approved</em>"; "is not <em>sufficient</em>," said Harris).
     */
    Set<String> negatedWords() {
        Set<String> negatedWords = new LinkedHashSet<>();
        Matcher negation = NEGATION.matcher(normalised());
        while (negation.find()) {
            String clause = CLAUSE_END.split(normalised().substring(negation.end()), 2)[0];
            Matcher word = SCOPE_WORD.matcher(clause);
            int taken = 0;
            while (taken < NEGATION_SCOPE && word.find()) {
                String candidate = word.group();
                if (Words.contentWords(candidate).isEmpty() || names().contains(candidate)) {
                    continue;
                }
                negatedWords.add(candidate);
                taken++;
            }
        }
        return negatedWords;
    }

    /** Says a story is false, a hoax, or denied. */
    boolean denies() {
        return DENIAL.matcher(normalised()).find();
    }

    boolean hedged() {
        return HEDGE.matcher(normalised()).find();
    }

    boolean countered() {
        return COUNTER.matcher(normalised()).find();
    }

    /** True when one text has a word and the other its opposite (and not the word itself). */
    static boolean oppositeWords(Cues claim, Cues evidence) {
        Set<String> evidenceWords = evidence.lowerWords();
        return claim.lowerWords().stream().anyMatch(word -> !evidenceWords.contains(word)
                && OPPOSITES.getOrDefault(word, Set.of()).stream().anyMatch(evidenceWords::contains));
    }

    /** Weekdays, months and years, as written: what the stance model sees, and what statement words leave out. */
    Set<String> dates() {
        if (dates == null) {
            dates = new LinkedHashSet<>();
            Matcher matcher = DATE.matcher(text);
            while (matcher.find()) {
                dates.add(matcher.group(1));
            }
        }
        return dates;
    }

    /** Numbers that are not years (years count as dates), as written: what the stance model sees. */
    Set<String> numbers() {
        Set<String> numbers = new LinkedHashSet<>(Words.numbers(text));
        numbers.removeIf(number -> YEAR.matcher(number).matches());
        return numbers;
    }

    /** The quantities stated, normalised ({@link Quantity}). */
    List<Quantity> quantities() {
        if (quantities == null) {
            quantities = Quantity.in(text);
        }
        return quantities;
    }

    /** The dates mentioned, resolved against the publication day when known ({@link EventDate}). */
    List<EventDate> eventDates() {
        if (eventDates == null) {
            eventDates = EventDate.in(text, published);
        }
        return eventDates;
    }

    /** The words between quotation marks, empty when the text quotes nobody. */
    String quoted() {
        if (quoted == null) {
            StringBuilder words = new StringBuilder();
            Matcher matcher = QUOTE.matcher(text);
            while (matcher.find()) {
                words.append(matcher.group(1)).append(' ');
            }
            quoted = words.toString().strip();
        }
        return quoted;
    }

    /** The text with its quotations left out: who says what, without what is said. */
    String unquoted() {
        return QUOTE.matcher(text).replaceAll(" ").strip();
    }

    /** {@link Words#contentWords}. */
    Set<String> contentWords() {
        if (contentWords == null) {
            contentWords = Words.contentWords(text);
        }
        return contentWords;
    }

    /** {@link Words#names}; none in a title, where every word is capitalised. */
    Set<String> names() {
        if (names == null) {
            names = titleCase() ? Set.of() : Words.names(withoutPartyTags()).stream()
                    .filter(name -> !Words.isStopWord(name)).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        return names;
    }

    /** The content words with names' aliases replaced: "Minsk" counts as "Belarus" when words are compared. */
    Set<String> canonicalContentWords() {
        return NameAliases.canonical(List.copyOf(contentWords()));
    }

    /** The names with aliases replaced ({@link NameAliases}): "Minsk" and "Belarusian" are "belarus". */
    Set<String> canonicalNames() {
        if (canonicalNames == null) {
            canonicalNames = NameAliases.canonical(List.copyOf(names()));
        }
        return canonicalNames;
    }

    /** "(D-Nev.)" after a US lawmaker's name tells party and state: not a name of its own. */
    private String withoutPartyTags() {
        return PARTY_TAG.matcher(text).replaceAll("");
    }

    /** A headline's capitals: three or more longer words, nearly none of them in lower case. */
    private boolean titleCase() {
        Matcher word = TITLE_WORD.matcher(text);
        int words = 0;
        int lowerCase = 0;
        while (word.find()) {
            words++;
            lowerCase += Character.isLowerCase(word.group().charAt(0)) ? 1 : 0;
        }
        return words >= 3 && lowerCase <= 0.1 * words;
    }

    /** Content words without names and dates: what is said happened, whoever and whenever it was. */
    Set<String> statementWords() {
        if (statementWords == null) {
            statementWords = new LinkedHashSet<>(contentWords());
            names().forEach(name -> statementWords.remove(Words.folded(name)));
            dates().forEach(date -> statementWords.remove(date.toLowerCase(Locale.ROOT)));
        }
        return statementWords;
    }

    private Set<String> lowerWords() {
        if (lowerWords == null) {
            lowerWords = Arrays.stream(normalised().split("[^\\p{L}\\p{N}']+"))
                    .filter(word -> !word.isEmpty()).collect(Collectors.toSet());
        }
        return lowerWords;
    }

    private String normalised() {
        if (normalised == null) {
            normalised = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        }
        return normalised;
    }

    private static Map<String, Set<String>> opposites(String... pairs) {
        Map<String, Set<String>> opposites = new HashMap<>();
        for (String pair : pairs) {
            String[] words = pair.split(" ");
            opposites.computeIfAbsent(words[0], word -> new HashSet<>()).add(words[1]);
            opposites.computeIfAbsent(words[1], word -> new HashSet<>()).add(words[0]);
        }
        return Map.copyOf(opposites);
    }
}
