package io.factstream.text.mentions;

import io.factstream.contracts.NumberMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities of a sentence and normalises them: digits with thousands separators and decimals, scale words
 * ("4.2 million"), number words up to ninety-nine ("three", "twenty-five"), simple fractions ("a third", "half"), with
 * the unit that follows ("percent", "euros"). Years and the days of dates are not quantities and are left to
 * {@link DateMentions}.
 */
public final class NumberMentions {
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12);
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final Map<String, Double> OTHER_WORDS = Map.of("dozen", 12.0, "hundred", 100.0);
    private static final Map<String, Double> FRACTIONS = Map.of("half", 0.5, "a third", 1.0 / 3, "a quarter", 0.25,
            "two thirds", 2.0 / 3, "three quarters", 0.75);
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s+(thousand|million|billion|trillion))?"
                    + "(?:\\s*(%|percent|per cent|[a-z]+))?"
                    + "|\\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six"
                    + "|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                    + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen|hundred)\\b(?:\\s+([a-z]+))?"
                    + "|\\b(half|a third|a quarter|two thirds|three quarters)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+$");
    private static final Pattern NOT_A_UNIT = Pattern.compile("(?i)of|and|or|the|a|to|in|on|at|by|for|from|as|than"
            + "|more|less|people|is|was|were|are|has|had|have|that|which|who|since|after|before|ago|days?|weeks?"
            + "|months?|years?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*");

    private NumberMentions() {
    }

    public static List<NumberMention> find(String sentence) {
        List<NumberMention> mentions = new ArrayList<>();
        Matcher match = QUANTITY.matcher(sentence);
        while (match.find()) {
            if (match.group(1) != null) {
                digits(sentence, match).ifPresent(mentions::add);
            } else if (match.group(5) != null) {
                mentions.add(mention(match, wordValue(match.group(5).toLowerCase(Locale.ROOT)), unit(match.group(6))));
            } else {
                mentions.add(mention(match, FRACTIONS.get(match.group(7).toLowerCase(Locale.ROOT)), null));
            }
        }
        return mentions;
    }

    /** "seven", "fourteen", "twenty-five", "dozen". */
    private static double wordValue(String word) {
        if (OTHER_WORDS.containsKey(word)) {
            return OTHER_WORDS.get(word);
        }
        String[] tensAndUnit = word.split("-");
        int tens = TENS.indexOf(tensAndUnit[0]);
        if (tens < 0) {
            return UNITS.indexOf(word);
        }
        return tens * 10 + (tensAndUnit.length > 1 ? UNITS.indexOf(tensAndUnit[1]) : 0);
    }

    private static Optional<NumberMention> digits(String sentence, Matcher match) {
        String integer = match.group(1).replace(",", "");
        boolean yearLike = integer.length() == 4 && match.group(2) == null && match.group(3) == null
                && integer.matches("(1[89]|20)\\d\\d");
        boolean dayOfDate = MONTH_BEFORE.matcher(sentence.substring(0, match.start())).find();
        if (yearLike || dayOfDate) {
            return Optional.empty();
        }
        double value = Double.parseDouble(integer + (match.group(2) == null ? "" : match.group(2)));
        if (match.group(3) != null) {
            value *= SCALES.get(match.group(3).toLowerCase(Locale.ROOT));
        }
        return Optional.of(mention(match, value, unit(match.group(4))));
    }

    /** The mention ends with its unit, or before the word that followed the number but is no unit. */
    private static NumberMention mention(Matcher match, double value, String unit) {
        int trailingWord = match.group(4) != null ? 4 : match.group(6) != null ? 6 : -1;
        String text = unit == null && trailingWord > 0
                ? match.group().substring(0, match.start(trailingWord) - match.start()).strip() : match.group();
        return new NumberMention(text, match.start(), match.start() + text.length(), value, unit);
    }

    private static String unit(String word) {
        if (word == null || NOT_A_UNIT.matcher(word).matches()) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("%") || lower.equals("per cent") ? "percent" : lower;
    }
}
