package io.factstream.text.mentions;

import io.factstream.contracts.DateMention;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a sentence mentions and resolves them against the article's publication day:
 * absolute dates ("Jan. 5", "5 January 2026", "November 23, 2026"), days relative to publication
 * ("yesterday", "on Saturday", "last Monday", "three days ago"), periods ("last week",
 * "earlier this month", "last year"), months ("September 2023", "last September", "in March"), years ("in
 * 2019") and spans of years ("from 1996 to 2007"). Days resolve to ISO dates, weeks to ISO weeks ({@code 2026-W47}),
 * months to {@code 2026-11}, years to {@code 2026}, spans of years to ISO intervals ({@code 1996/2007}).
 */
public final class DateMentions {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLE_DAY = Pattern.compile("\\b(today|yesterday|tomorrow)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_WEEKDAY = Pattern.compile("\\b(?:(last|next|this|on)\\s+)?" + WEEKDAY + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAYS_AGO = Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(day|week|month|year)s?\\s+ago\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(last|next|this|earlier this|later this|past)\\s+(week|month|year)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A month without a day: with a year or "last"/"next"/"this" in any case and spelling, alone only as a
     * capitalised full name other than May (a verb too).
     */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i:\\b(?:(last|next|this)\\s+" + MONTH + "|" + MONTH
            + ",?\\s+(\\d{4}))\\b)|\\b(January|February|March|April|June|July|August|September|October|November|"
            + "December)\\b");
    /** A span of years: "from 1996 to 2007", "between 2001 and 2005". */
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?i)\\b(?:from|between)\\s+(1[89]\\d\\d|20\\d\\d)\\s*(?:to|and|until|through|-|–)\\s*"
                    + "(1[89]\\d\\d|20\\d\\d)\\b");
    /** A year after a word that makes it a time: "in 2019", "since 2020"; a bare 2019 may count something. */
    private static final Pattern YEAR = Pattern.compile(
            "(?i)(?<=\\b(?:in|since|by|until|from|during|of|early|late|mid|through)\\s)(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern FUTURE_TENSE = Pattern.compile("\\b(will|shall|plans? to|is to|are to|going to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    private DateMentions() {
    }

    /** The date mentions of {@code sentence}, in order, resolved against {@code published}. */
    public static List<DateMention> resolve(String sentence, LocalDate published) {
        boolean future = FUTURE_TENSE.matcher(sentence).find();
        List<DateMention> mentions = new ArrayList<>();
        absolute(sentence, published, future, mentions);
        matches(SINGLE_DAY, sentence, mentions, m -> switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "today" -> published.toString();
            case "yesterday" -> published.minusDays(1).toString();
            default -> published.plusDays(1).toString();
        });
        matches(ON_WEEKDAY, sentence, mentions, m -> weekday(m.group(1), m.group(2), published, future).toString());
        matches(DAYS_AGO, sentence, mentions, m -> ago(m.group(1), m.group(2), published));
        matches(PERIOD, sentence, mentions, m -> period(m.group(1), m.group(2), published));
        matches(MONTH_YEAR, sentence, mentions, m -> month(m, published, future).toString());
        matches(YEAR_RANGE, sentence, mentions, m -> m.group(1) + "/" + m.group(2));
        matches(YEAR, sentence, mentions, m -> m.group(1));
        mentions.sort(Comparator.comparingInt(DateMention::start));
        return mentions;
    }

    private interface Resolution {
        String value(Matcher match);
    }

    private static void matches(Pattern pattern, String sentence, List<DateMention> mentions, Resolution resolution) {
        Matcher match = pattern.matcher(sentence);
        while (match.find()) {
            if (mentions.stream().noneMatch(m -> m.start() < match.end() && match.start() < m.end())) {
                mentions.add(new DateMention(match.group(), match.start(), match.end(), resolution.value(match)));
            }
        }
    }

    private static void absolute(String sentence, LocalDate published, boolean future, List<DateMention> mentions) {
        matches(MONTH_DAY_YEAR, sentence, mentions,
                m -> day(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), published, future));
        matches(DAY_MONTH_YEAR, sentence, mentions,
                m -> day(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), published, future));
    }

    /** Without a year, the date nearest to publication in the direction the tense points to. */
    private static String day(Month month, int dayOfMonth, String year, LocalDate published, boolean future) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, dayOfMonth).toString();
        }
        LocalDate sameYear = LocalDate.of(published.getYear(), month, dayOfMonth);
        if (future && sameYear.isBefore(published)) {
            return sameYear.plusYears(1).toString();
        }
        if (!future && sameYear.isAfter(published.plusDays(7))) {
            return sameYear.minusYears(1).toString();
        }
        return sameYear.toString();
    }

    /** "September 2023" as written; "last September" the one before publication's month; a bare one by tense. */
    private static YearMonth month(Matcher m, LocalDate published, boolean future) {
        YearMonth current = YearMonth.from(published);
        if (m.group(3) != null) {
            return YearMonth.of(Integer.parseInt(m.group(4)), month(m.group(3)));
        }
        String which = m.group(1) == null ? (future ? "next" : "latest") : m.group(1).toLowerCase(Locale.ROOT);
        Month month = month(m.group(1) == null ? m.group(5) : m.group(2));
        YearMonth sameYear = YearMonth.of(published.getYear(), month);
        return switch (which) {
            case "last" -> sameYear.isBefore(current) ? sameYear : sameYear.minusYears(1);
            case "next" -> sameYear.isAfter(current) ? sameYear : sameYear.plusYears(1);
            case "this" -> sameYear;
            default -> sameYear.isAfter(current) ? sameYear.minusYears(1) : sameYear;
        };
    }

    private static Month month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** News convention: a bare weekday in a past-tense sentence is the latest such day before publication. */
    private static LocalDate weekday(String qualifier, String name, LocalDate published, boolean future) {
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        String which = qualifier == null ? "on" : qualifier.toLowerCase(Locale.ROOT);
        return switch (which) {
            case "next" -> published.with(TemporalAdjusters.next(day));
            case "last" -> published.with(TemporalAdjusters.previous(day));
            case "this" -> published.with(TemporalAdjusters.nextOrSame(day));
            default -> future ? published.with(TemporalAdjusters.nextOrSame(day))
                    : published.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    private static String ago(String amount, String unit, LocalDate published) {
        int count = amount.chars().allMatch(Character::isDigit) ? Integer.parseInt(amount)
                : NUMBER_WORDS.indexOf(amount.toLowerCase(Locale.ROOT));
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> published.minusDays(count).toString();
            case "week" -> isoWeek(published.minusWeeks(count));
            case "month" -> YearMonth.from(published.minusMonths(count)).toString();
            default -> Integer.toString(published.getYear() - count);
        };
    }

    private static String period(String which, String unit, LocalDate published) {
        int offset = switch (which.toLowerCase(Locale.ROOT)) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> isoWeek(published.plusWeeks(offset));
            case "month" -> YearMonth.from(published.plusMonths(offset)).toString();
            default -> Integer.toString(published.getYear() + offset);
        };
    }

    private static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
