package io.factstream.claims.attribution;

import io.factstream.contracts.ClaimType;
import io.factstream.contracts.NumberMention;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The kind of claim a sentence makes. When several apply, the one that tells a fact-checker most
 * about what to verify wins: quote, prediction, causal, statistic, attribution, then event.
 */
public final class ClaimTyper {
    private static final Pattern QUOTED = Pattern.compile("[“\"][^”\"]{8,}[”\"]");
    private static final Pattern PREDICTION = Pattern.compile("(?i)\\b(will|won't|is expected to|are expected to"
            + "|is set to|are set to|is likely to|are likely to|forecasts?|predicts?|is projected to|plans? to)\\b");
    private static final Pattern CAUSAL = Pattern.compile("(?i)\\b(because|due to|led to|leads to|caused|causes"
            + "|as a result|resulted in|results in|blamed .* for|thanks to|owing to)\\b");
    private static final Pattern STATISTIC_WORDS = Pattern.compile("(?i)\\b(percent|per cent|rate|average|share"
            + "|majority|half|third|quarter|doubled|tripled)\\b|%");

    private ClaimTyper() {
    }

    public static ClaimType typeOf(String sentence, List<NumberMention> numbers, boolean reportedSpeech) {
        if (QUOTED.matcher(sentence).find()) {
            return ClaimType.QUOTE;
        }
        if (PREDICTION.matcher(sentence).find()) {
            return ClaimType.PREDICTION;
        }
        if (CAUSAL.matcher(sentence).find()) {
            return ClaimType.CAUSAL;
        }
        if (!numbers.isEmpty() || STATISTIC_WORDS.matcher(sentence).find()) {
            return ClaimType.STATISTIC;
        }
        return reportedSpeech ? ClaimType.ATTRIBUTION : ClaimType.EVENT;
    }
}
