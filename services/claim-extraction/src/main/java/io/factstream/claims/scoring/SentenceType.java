package io.factstream.claims.scoring;

import java.util.Locale;
import java.util.regex.Pattern;

/** What kind of sentence it is; only statements can be checkable claims. */
public enum SentenceType {
    STATEMENT,
    QUESTION,
    OPINION,
    HEADING,
    /**
     * About the future ("will", "is expected to", forecasts): nothing to check yet. A plan in the future tense
     * that the sentence reports as announced or decided ("..., the council announced") stays a statement.
     */
    PREDICTION;

    private static final Pattern OPINION_WORDS = Pattern.compile("\\b(i think|i believe|we believe|in my view|should|"
            + "must|ought|terrible|wonderful|shameful|disgraceful|best|worst|amazing|awful|hopefully|"
            + "unfortunately|clearly)\\b");
    /**
     * Forecasts are predictions even when someone reported them: "is expected to", "forecasts", and someone's
     * present expectation ("Engineers expect the work to last until April", "No one anticipates a ruling before
     * June", "Managers estimate the repairs to run until 2028"; an estimate of something present, "estimate the
     * damage at 4 million euros", stays a statement).
     */
    private static final Pattern FORECAST = Pattern.compile("\\b((is|are) (expected|forecast|projected|predicted|"
            + "likely|set) to|forecasts?|predicts?|expects?|anticipates?|"
            + "estimates?\\b[^.;]{0,40}\\bto (last|run|take|continue|finish|end|reach|cost))\\b");
    /** Future tense; matched case-sensitively so that a name like "Will" is not a prediction. */
    private static final Pattern FUTURE = Pattern.compile("\\b(will|won't|shall)\\b|\\w'll\\b");
    /**
     * A past event or announcement in the same sentence ("will sail from December, the operator announced"):
     * then the future tense reports a decided plan, and what was announced can be checked.
     */
    private static final Pattern REPORTED = Pattern.compile("\\b(said|announced|confirmed|told|reported|stated|"
            + "began|agreed|approved|decided|signed|voted|ordered|ruled)\\b");

    /** The rule-based gate in front of the model: only statements may be claims. */
    public static SentenceType of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        if (text.endsWith("?")) {
            return QUESTION;
        }
        if (OPINION_WORDS.matcher(lower).find()) {
            return OPINION;
        }
        if (words < 5 || !text.matches("(?s).*[.!\"”']$")) {
            return HEADING;
        }
        String apostrophes = text.replace('’', '\'');
        if (FORECAST.matcher(lower).find()
                || FUTURE.matcher(apostrophes).find() && !REPORTED.matcher(lower).find()) {
            return PREDICTION;
        }
        return STATEMENT;
    }
}
