package io.factstream.stance;

import io.factstream.text.Words;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ways a report of the same event contradicts a claim: it says the opposite, or gives another date, number,
 * place or person, or puts the same quote in someone else's mouth. "The same event" means the evidence repeats
 * most of the claim's statement words ({@link #SAME_EVENT}); a detail that differs between unrelated events is no
 * contradiction.
 */
public enum Contradiction {
    QUOTE_ATTRIBUTION,
    NEGATION,
    DATE,
    NUMBER,
    NAME;

    /** Share of the claim's statement words (content words without names and dates) the evidence must repeat. */
    public static final double SAME_EVENT = 0.5;
    /** Share of the claim's quoted words the evidence's quotation must repeat to be the same quote. */
    private static final double SAME_QUOTE = 0.6;

    /** The first contradiction found, in the order of this enum, or empty. */
    public static Optional<Contradiction> between(String claim, String evidence) {
        return between(Cues.of(claim), Cues.of(evidence));
    }

    static Optional<Contradiction> between(Cues claim, Cues evidence) {
        if (sameQuoteOtherSpeaker(claim, evidence)) {
            return Optional.of(QUOTE_ATTRIBUTION);
        }
        Set<String> statement = claim.statementWords();
        if (statement.size() < 2 || Words.coverage(statement, evidence.statementWords()) < SAME_EVENT) {
            return Optional.empty();
        }
        if (claim.negated() != evidence.negated()) {
            return Optional.of(NEGATION);
        }
        if (datesDisagree(claim, evidence)) {
            return Optional.of(DATE);
        }
        if (disagree(claim.quantities(), evidence.quantities())) {
            return Optional.of(NUMBER);
        }
        if (replaced(claim.names(), evidence.names())) {
            return Optional.of(NAME);
        }
        return Optional.empty();
    }

    private static boolean sameQuoteOtherSpeaker(Cues claim, Cues evidence) {
        String claimQuote = claim.quoted();
        String evidenceQuote = evidence.quoted();
        if (claimQuote.isEmpty() || evidenceQuote.isEmpty()
                || Words.coverage(Words.contentWords(claimQuote), Words.contentWords(evidenceQuote)) < SAME_QUOTE) {
            return false;
        }
        return replaced(Words.names(claim.unquoted()), Words.names(evidence.unquoted()));
    }

    /** Both give a date of one kind (weekday, month, year) and share none of it: "Monday" and "November" agree. */
    private static boolean datesDisagree(Cues claim, Cues evidence) {
        Map<String, Set<String>> claimDates = claim.datesByKind();
        Map<String, Set<String>> evidenceDates = evidence.datesByKind();
        return claimDates.entrySet().stream().anyMatch(kind ->
                disagree(kind.getValue(), evidenceDates.getOrDefault(kind.getKey(), Set.of())));
    }

    /** Both give a value and they share none. */
    private static boolean disagree(Set<String> claim, Set<String> evidence) {
        return !claim.isEmpty() && !evidence.isEmpty() && Collections.disjoint(claim, evidence);
    }

    /** The evidence lacks a name of the claim and has one the claim lacks: someone or somewhere else. */
    private static boolean replaced(Set<String> claim, Set<String> evidence) {
        return !evidence.containsAll(claim) && !claim.containsAll(evidence);
    }
}
