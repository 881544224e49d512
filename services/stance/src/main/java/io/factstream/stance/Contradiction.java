package io.factstream.stance;

import io.factstream.text.Words;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The ways a report of the same event contradicts a claim, each on one aligned slot of that event: it denies the
 * same predicate, gives the same event another date, counts the same thing with another number, names another actor
 * of the same action, or puts the same quote in someone else's mouth. Everything is normalised before comparing:
 * numbers by value and what they count ({@link Quantity}), dates by the days they mean ({@link EventDate}), names by
 * their aliases ({@link NameAliases}). A detail that differs between reports of different facts is no contradiction,
 * so each rule first asks that the two sentences say the same thing otherwise ({@link #SAME_EVENT}, and for a name
 * {@link #SAME_ACTION}).
 */
public enum Contradiction {
    QUOTE_ATTRIBUTION,
    NEGATION,
    DATE,
    NUMBER,
    NAME;

    /** Share of the claim's statement words (content words without names and dates) the evidence must repeat. */
    public static final double SAME_EVENT = 0.6;
    /** Share of each sentence's statement words the other must repeat for a different name to be another actor. */
    public static final double SAME_ACTION = 0.8;

    /** What contradicts, and the two values that differ, for the explanation. */
    public record Conflict(Contradiction kind, String detail) {
    }

    /** The first contradiction found, in the order of this enum, or empty; publication days not known. */
    public static Optional<Conflict> between(String claim, String evidence) {
        return between(Cues.of(claim), Cues.of(evidence));
    }

    static Optional<Conflict> between(Cues claim, Cues evidence) {
        if (Quotes.same(claim, evidence)) {
            // the same words quoted: what differs around them is how each sentence frames the speaker
            return misattribution(claim, evidence);
        }
        Set<String> statement = claim.statementWords();
        if (statement.size() < 2 || Words.coverage(statement, evidence.statementWords()) < SAME_EVENT) {
            return Optional.empty();
        }
        if (!sameActors(claim, evidence)) {
            return nameConflict(claim, evidence);
        }
        if (claim.negated() != evidence.negated() && negatesShared(claim.negated() ? claim : evidence,
                claim.negated() ? evidence : claim)) {
            return Optional.of(new Conflict(NEGATION, claim.negated() ? "the claim denies what the evidence states"
                    : "the evidence denies it"));
        }
        if (evidence.denies() && !claim.denies()) {
            return Optional.of(new Conflict(NEGATION, "the evidence calls it false"));
        }
        Optional<Conflict> date = dateConflict(claim.eventDates(), evidence.eventDates());
        if (date.isPresent()) {
            return date;
        }
        return numberConflict(claim.quantities(), evidence.quantities());
    }

    /** The negation denies a word the other sentence states: "did not reopen" against "reopened". */
    private static boolean negatesShared(Cues negated, Cues stated) {
        return negated.negatedWords().stream().anyMatch(word -> stated.contentWords().stream()
                .anyMatch(other -> sameStem(word, other)));
    }

    /** Crude stemming: the same word, or the same first five letters ("reopened", "reopen"). */
    private static boolean sameStem(String word, String other) {
        return word.equals(other) || word.length() >= 5 && other.length() >= 5
                && word.regionMatches(0, other, 0, 5);
    }

    /** Both mention dates, and some of them mean overlapping days. */
    static boolean datesAgree(Cues claim, Cues evidence) {
        return claim.eventDates().stream().anyMatch(date -> evidence.eventDates().stream().anyMatch(date::overlaps));
    }

    /**
     * A figure of one thing, or a date, that the other sentence gives otherwise, whoever acts: a sentence that
     * differs so restates nothing, even where it cannot be said to contradict.
     */
    static boolean detailsDiffer(Cues claim, Cues evidence) {
        return dateConflict(claim.eventDates(), evidence.eventDates()).isPresent()
                || numberConflict(claim.quantities(), evidence.quantities()).isPresent();
    }

    /**
     * The same people, places or organisations act: the two share a name, or neither names anyone. A sentence that
     * names no one ("One party won't tax") may be about anyone.
     */
    private static boolean sameActors(Cues claim, Cues evidence) {
        Set<String> claimNames = claim.canonicalNames();
        Set<String> evidenceNames = evidence.canonicalNames();
        return claimNames.isEmpty() && evidenceNames.isEmpty() || !Collections.disjoint(claimNames, evidenceNames);
    }

    /** Dates that can be compared and none of which overlap: the same event on other days. */
    private static Optional<Conflict> dateConflict(List<EventDate> claim, List<EventDate> evidence) {
        boolean comparable = false;
        for (EventDate claimDate : claim) {
            for (EventDate evidenceDate : evidence) {
                if (claimDate.overlaps(evidenceDate)) {
                    return Optional.empty();
                }
                comparable |= claimDate.comparableWith(evidenceDate);
            }
        }
        return comparable ? Optional.of(new Conflict(DATE, "date differs: " + days(claim) + " vs " + days(evidence)))
                : Optional.empty();
    }

    /**
     * One figure of one thing in each, and the two cannot be the same figure. A sentence with two figures of one thing
     * ("4.2 million euros, about 600,000 euros more than planned") does not say which slot each fills, so it is
     * compared on neither.
     */
    private static Optional<Conflict> numberConflict(List<Quantity> claim, List<Quantity> evidence) {
        for (Quantity claimed : claim) {
            if (claimed.counted() == null || count(claim, claimed.counted()) != 1
                    || count(evidence, claimed.counted()) != 1) {
                continue;
            }
            Quantity reported = evidence.stream().filter(e -> claimed.counted().equals(e.counted())).findFirst()
                    .orElseThrow();
            if (!claimed.compatibleWith(reported)) {
                return Optional.of(new Conflict(NUMBER, "number differs: " + claimed.text() + " vs "
                        + reported.text() + " (" + claimed.counted() + ")"));
            }
        }
        return Optional.empty();
    }

    private static long count(List<Quantity> quantities, String counted) {
        return quantities.stream().filter(quantity -> counted.equals(quantity.counted())).count();
    }

    /**
     * The same action said of someone or somewhere else: each names one the other lacks and they share none, and
     * otherwise the two say nearly the same ({@link #SAME_ACTION} of each one's statement words in the other).
     */
    private static Optional<Conflict> nameConflict(Cues claim, Cues evidence) {
        if (Words.coverage(evidence.statementWords(), claim.statementWords()) < SAME_ACTION
                || Words.coverage(claim.statementWords(), evidence.statementWords()) < SAME_ACTION
                || claim.canonicalNames().isEmpty() || evidence.canonicalNames().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Conflict(NAME, "name differs: " + missing(claim.canonicalNames(),
                evidence.canonicalNames()) + " vs " + missing(evidence.canonicalNames(), claim.canonicalNames())));
    }

    /**
     * The same quote: a contradiction only when each says someone named in full said it ({@link Quotes#speakers}),
     * and neither speaker is named anywhere in the other sentence.
     */
    private static Optional<Conflict> misattribution(Cues claim, Cues evidence) {
        Set<String> claimSpeakers = Quotes.speakers(claim);
        Set<String> evidenceSpeakers = Quotes.speakers(evidence);
        if (claimSpeakers.isEmpty() || evidenceSpeakers.isEmpty()
                || !Collections.disjoint(nameWords(claimSpeakers), Words.names(evidence.unquoted()))
                || !Collections.disjoint(nameWords(evidenceSpeakers), Words.names(claim.unquoted()))) {
            return Optional.empty();
        }
        return Optional.of(new Conflict(QUOTE_ATTRIBUTION, "the same quote said by " + String.join(", ",
                claimSpeakers) + " vs " + String.join(", ", evidenceSpeakers)));
    }

    private static Set<String> nameWords(Set<String> names) {
        return names.stream().flatMap(name -> Stream.of(name.toLowerCase(Locale.ROOT).split("\\s+")))
                .collect(Collectors.toSet());
    }

    private static String missing(Set<String> names, Set<String> other) {
        return names.stream().filter(name -> !other.contains(name)).collect(Collectors.joining(" "));
    }

    private static String days(List<EventDate> dates) {
        return dates.stream().map(EventDate::described).distinct().collect(Collectors.joining(", "));
    }
}
