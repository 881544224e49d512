package io.factstream.corpus.factchecks;

import io.factstream.contracts.FactCheckRating.NormalisedRating;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A fact-checker's rating on the one scale every fact-check is matched with: by its name when the name is one
 * fact-checkers use (PolitiFact's six, Snopes', the usual English words), else by where its value lies on its own
 * scale. A name this table does not know ("Misleading", "Unproven", "Satire") is {@link NormalisedRating#OTHER}: it
 * is shown as published and decides nothing, however its value reads.
 */
final class Ratings {
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Map<String, NormalisedRating> BY_NAME = Map.ofEntries(
            Map.entry("true", NormalisedRating.TRUE),
            Map.entry("correct", NormalisedRating.TRUE),
            Map.entry("accurate", NormalisedRating.TRUE),
            Map.entry("mostly true", NormalisedRating.MOSTLY_TRUE),
            Map.entry("mostly correct", NormalisedRating.MOSTLY_TRUE),
            Map.entry("mostly accurate", NormalisedRating.MOSTLY_TRUE),
            Map.entry("largely accurate", NormalisedRating.MOSTLY_TRUE),
            Map.entry("half true", NormalisedRating.MIXED),
            Map.entry("mixture", NormalisedRating.MIXED),
            Map.entry("mixed", NormalisedRating.MIXED),
            Map.entry("partly true", NormalisedRating.MIXED),
            Map.entry("partly false", NormalisedRating.MIXED),
            Map.entry("half right", NormalisedRating.MIXED),
            Map.entry("mostly false", NormalisedRating.MOSTLY_FALSE),
            Map.entry("barely true", NormalisedRating.MOSTLY_FALSE),
            Map.entry("largely false", NormalisedRating.MOSTLY_FALSE),
            Map.entry("false", NormalisedRating.FALSE),
            Map.entry("incorrect", NormalisedRating.FALSE),
            Map.entry("inaccurate", NormalisedRating.FALSE),
            Map.entry("wrong", NormalisedRating.FALSE),
            Map.entry("fake", NormalisedRating.FALSE),
            Map.entry("fabricated", NormalisedRating.FALSE),
            Map.entry("pants on fire", NormalisedRating.FALSE),
            Map.entry("pants fire", NormalisedRating.FALSE),
            Map.entry("four pinocchios", NormalisedRating.FALSE));

    private Ratings() {
    }

    /** The rating of a name; null when the name is blank. */
    static NormalisedRating ofName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String words = NOT_LETTERS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return BY_NAME.getOrDefault(words, NormalisedRating.OTHER);
    }

    /**
     * The rating of a value on a scale from {@code worst} to {@code best} (schema.org's defaults 1 and 5): cut in
     * five equal parts, 1 to 5 of 1-5 are false, mostly false, mixed, mostly true and true.
     */
    static NormalisedRating ofValue(double value, double worst, double best) {
        if (best == worst || value < Math.min(worst, best) || value > Math.max(worst, best)) {
            return NormalisedRating.OTHER;
        }
        double position = (value - worst) / (best - worst);
        NormalisedRating[] scale = {NormalisedRating.FALSE, NormalisedRating.MOSTLY_FALSE, NormalisedRating.MIXED,
                NormalisedRating.MOSTLY_TRUE, NormalisedRating.TRUE};
        return scale[(int) Math.min(4, Math.floor(position * 5))];
    }
}
