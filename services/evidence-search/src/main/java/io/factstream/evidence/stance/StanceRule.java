package io.factstream.evidence.stance;

import io.factstream.contracts.Stance;
import io.factstream.text.Words;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A first stance rule from word overlap: evidence that says what the claim says SUPPORTS it; the
 * same statement with the opposite polarity or other numbers REFUTES it; anything else is NEUTRAL.
 */
public class StanceRule {
    /** Share of the claim's content words the evidence must contain to be about the same thing. */
    public static final double SAME_TOPIC = 0.5;
    /** Share above which the evidence states the claim. */
    public static final double SAME_STATEMENT = 0.6;

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(not|no|never|none|denied|denies|deny|false|refused|rejected|didn't|don't|doesn't|wasn't|isn't|"
                    + "weren't|aren't|hasn't|haven't|won't|without)\\b");

    public StanceResult judge(String claim, String evidence) {
        double overlap = Words.coverage(Words.contentWords(claim), Words.contentWords(evidence));
        if (overlap < SAME_TOPIC) {
            return new StanceResult(Stance.NEUTRAL, overlap);
        }
        if (negated(claim) != negated(evidence) || numbersDisagree(claim, evidence)) {
            return new StanceResult(Stance.REFUTES, overlap);
        }
        return new StanceResult(overlap >= SAME_STATEMENT ? Stance.SUPPORTS : Stance.NEUTRAL, overlap);
    }

    private static boolean negated(String text) {
        return NEGATION.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\'')).find();
    }

    private static boolean numbersDisagree(String claim, String evidence) {
        Set<String> claimNumbers = Words.numbers(claim);
        Set<String> evidenceNumbers = Words.numbers(evidence);
        return !claimNumbers.isEmpty() && !evidenceNumbers.isEmpty()
                && Collections.disjoint(claimNumbers, evidenceNumbers);
    }
}
