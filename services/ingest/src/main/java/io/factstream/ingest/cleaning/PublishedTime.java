package io.factstream.ingest.cleaning;

import io.factstream.ingest.article.InvalidArticleException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication time of an article, read from the many ways newsrooms and feeds write it. A time
 * without a zone is taken as UTC, a date without a time as its start.
 */
public final class PublishedTime {
    static final String EXAMPLES = "2026-11-23T10:00:00Z, 2026-11-23T11:00:00+01:00, 2026-11-23 10:00, 2026-11-23, "
            + "Mon, 23 Nov 2026 10:00:00 GMT, 23 November 2026, November 23, 2026, Nov 23, 2026 10:00, "
            + "2026/11/23, 23.11.2026, or epoch seconds or milliseconds";
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final Pattern LEADING_WEEKDAY = Pattern.compile(
            "^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);
    /** RFC 822 / 1123 as feeds write it, with the zone as an offset or one of the names RFC 822 allows. */
    private static final Pattern RFC_822 = Pattern.compile(
            "(\\d{1,2})\\s+([a-z]{3})[a-z]*\\.?\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{2}:?\\d{2}|[a-z]{1,3})?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(Map.entry("GMT", 0), Map.entry("UT", 0),
            Map.entry("UTC", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4),
            Map.entry("CST", -6), Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6),
            Map.entry("PST", -8), Map.entry("PDT", -7));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final DateTimeFormatter ISO_WITH_SPACE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd().toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> ISO = List.of(DateTimeFormatter.ISO_DATE_TIME, ISO_WITH_SPACE,
            DateTimeFormatter.ISO_LOCAL_DATE);
    private static final List<DateTimeFormatter> WRITTEN_OUT = List.of(
            writtenOut("d MMMM uuuu"), writtenOut("d MMM uuuu"), writtenOut("MMMM d, uuuu"), writtenOut("MMM d, uuuu"),
            writtenOut("MMMM d uuuu"), writtenOut("MMM d uuuu"), writtenOut("uuuu/M/d"), writtenOut("d.M.uuuu"));

    private PublishedTime() {
    }

    /**
     * @throws InvalidArticleException (400) when the value is in none of the accepted formats
     */
    public static Instant parse(String value) {
        String text = value.strip();
        Instant instant = EPOCH.matcher(text).matches() ? fromEpoch(text) : parseDate(text);
        if (instant == null) {
            throw InvalidArticleException.badRequest("publishedAt must be a date or date-time such as " + EXAMPLES
                    + "; got: " + value);
        }
        return instant;
    }

    /** Nine to eleven digits are seconds (1973 to 5138), twelve or thirteen milliseconds. */
    private static Instant fromEpoch(String digits) {
        long number = Long.parseLong(digits);
        return digits.length() <= 11 ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
    }

    private static Instant parseDate(String text) {
        if (!text.isEmpty() && Character.isDigit(text.charAt(0)) && text.length() >= 10 && text.charAt(4) == '-') {
            return parseIso(text);
        }
        String withoutWeekday = LEADING_WEEKDAY.matcher(text).replaceFirst("");
        Matcher rfc822 = RFC_822.matcher(withoutWeekday);
        if (rfc822.matches()) {
            return fromRfc822(rfc822);
        }
        return firstParsed(WRITTEN_OUT, withoutWeekday);
    }

    private static Instant parseIso(String text) {
        return firstParsed(ISO, text);
    }

    private static Instant firstParsed(List<DateTimeFormatter> formats, String text) {
        for (DateTimeFormatter format : formats) {
            try {
                return toInstant(format.parse(text));
            } catch (DateTimeException notThisFormat) {
                // try the next format
            }
        }
        return null;
    }

    private static Instant toInstant(TemporalAccessor parsed) {
        if (!parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
            return LocalDate.from(parsed).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS) || parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(parsed);
        }
        return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
    }

    private static Instant fromRfc822(Matcher m) {
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        ZoneOffset offset = offset(m.group(7));
        if (month == null || offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), 0, offset).toInstant();
        } catch (DateTimeException impossibleDate) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            return ZoneOffset.ofHoursMinutes(Integer.parseInt(digits.substring(0, 3)),
                    Integer.parseInt(digits.charAt(0) + digits.substring(3)));
        }
        Integer hours = ZONE_HOURS.get(zone.toUpperCase(Locale.ROOT));
        return hours == null ? null : ZoneOffset.ofHours(hours);
    }

    private static DateTimeFormatter writtenOut(String datePattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(datePattern)
                .optionalStart().optionalStart().appendLiteral(',').optionalEnd().appendLiteral(' ')
                .appendPattern("H:mm").optionalStart().appendPattern(":ss").optionalEnd().optionalEnd()
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
