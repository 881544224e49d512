package io.factstream.stance;

import io.factstream.contracts.NumberMention;
import io.factstream.text.mentions.NumberMentions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity a sentence states, normalised for comparing two reports: its value ({@link NumberMentions}: digits,
 * scales, number words), what it counts (the currency for money, else the noun that follows: "400 residents",
 * "14 months") and how exactly it is meant ("about 400", "more than 400", "nearly 400").
 *
 * @param counted what is counted, singular and lower-case, or null when the sentence does not say
 */
record Quantity(double value, String counted, Bound bound, String text) {
    /** How far an approximate figure may be from another and still be the same figure. */
    static final double APPROXIMATE = 0.1;

    enum Bound { EXACT, ABOUT, AT_LEAST, AT_MOST }

    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(about|around|approximately|roughly|nearly|almost|"
            + "some|an estimated|estimated|up to|at most|fewer than|less than|under|at least|more than|over|"
            + "upwards of|close to)\\s+\\$?$");
    private static final Pattern CURRENCY_SIGN = Pattern.compile("([$€£])\\s*$");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*(?:-\\s*)?([\\p{L}]+)");
    private static final Map<String, String> CURRENCIES = Map.of("$", "dollar", "€", "euro", "£", "pound",
            "dollars", "dollar", "euros", "euro", "pounds", "pound", "usd", "dollar", "eur", "euro");
    private static final Set<String> NOT_COUNTED = Set.of("of", "and", "or", "the", "a", "to", "in", "on", "at", "by",
            "for", "from", "as", "than", "more", "less", "is", "was", "were", "are", "has", "had", "have", "that",
            "which", "who", "since", "after", "before", "ago", "thousand", "million", "billion", "trillion",
            "new", "other", "additional", "times", "per");

    /** The quantities of {@code sentence}, in order. */
    static List<Quantity> in(String sentence) {
        List<Quantity> quantities = new ArrayList<>();
        for (NumberMention mention : NumberMentions.find(sentence)) {
            String before = sentence.substring(0, mention.start());
            String after = sentence.substring(mention.end());
            quantities.add(new Quantity(mention.value(), counted(before, after, mention), bound(before),
                    mention.text()));
        }
        return quantities;
    }

    /** Whether the two can be the same figure, given how exactly each is meant: their ranges overlap. */
    boolean compatibleWith(Quantity other) {
        return lowest() <= other.highest() && other.lowest() <= highest();
    }

    private double lowest() {
        return switch (bound) {
            case EXACT -> value;
            case ABOUT, AT_LEAST -> value * (1 - APPROXIMATE);
            case AT_MOST -> Double.NEGATIVE_INFINITY;
        };
    }

    private double highest() {
        return switch (bound) {
            case EXACT -> value;
            case ABOUT, AT_MOST -> value * (1 + APPROXIMATE);
            case AT_LEAST -> Double.POSITIVE_INFINITY;
        };
    }

    private static Bound bound(String before) {
        Matcher marker = BEFORE.matcher(before);
        if (!marker.find()) {
            return Bound.EXACT;
        }
        return switch (marker.group(1).toLowerCase(Locale.ROOT)) {
            case "at least", "more than", "over", "upwards of" -> Bound.AT_LEAST;
            case "up to", "at most", "fewer than", "less than", "under" -> Bound.AT_MOST;
            default -> Bound.ABOUT;
        };
    }

    private static String counted(String before, String after, NumberMention mention) {
        Matcher sign = CURRENCY_SIGN.matcher(before);
        if (sign.find()) {
            return CURRENCIES.get(sign.group(1));
        }
        String unit = mention.unit();
        if (unit == null) {
            Matcher next = NEXT_WORD.matcher(after);
            unit = next.find() ? next.group(1).toLowerCase(Locale.ROOT) : null;
        }
        if (unit == null || NOT_COUNTED.contains(unit)) {
            return null;
        }
        String currency = CURRENCIES.get(unit);
        if (currency != null) {
            return currency;
        }
        return unit.length() > 3 && unit.endsWith("s") && !unit.endsWith("ss") ? unit.substring(0, unit.length() - 1)
                : unit;
    }
}
