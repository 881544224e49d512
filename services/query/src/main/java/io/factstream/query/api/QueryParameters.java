package io.factstream.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reading the query parameters the API shares. Each reader adds what is wrong to {@code problems}, so that one 400
 * answer names every bad parameter.
 */
public final class QueryParameters {
    /** Elasticsearch's max_result_window: a page must end within the first 10,000 results. */
    static final int RESULT_WINDOW = 10_000;
    /** The dates Elasticsearch's date fields hold (Java parses years up to a billion). */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private QueryParameters() {
    }

    /** One of the enum's constants, whatever its case; null when absent. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(name + " must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** An ISO-8601 instant, or a day meaning its start in UTC; null when absent. */
    public static Instant date(String name, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant date = value.contains("T") ? Instant.parse(value)
                    : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                problems.add(name + " must be a date of the years 1 to 9999");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(name + " must be an ISO-8601 day or instant, e.g. 2026-11-23 or 2026-11-23T08:00:00Z");
            return null;
        }
    }

    /**
     * {@code true} or {@code false}, whatever the case; {@code absent} when the parameter is not given ({@code null}
     * for a filter that is off unless given).
     */
    public static Boolean flag(String name, String value, Boolean absent, List<String> problems) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String flag = value.strip().toLowerCase(Locale.ROOT);
        if (!flag.equals("true") && !flag.equals("false")) {
            problems.add(name + " must be true or false");
        }
        return flag.equals("true");
    }

    /** A page number and size: 0 or more, and 1 to {@code maxSize}, the page within the first 10,000 results. */
    public static void page(int page, int size, int maxSize, List<String> problems) {
        if (page < 0) {
            problems.add("page must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            problems.add("size must be 1 to " + maxSize);
        } else if (((long) page + 1) * size > RESULT_WINDOW) {
            problems.add("a page must end within the first " + RESULT_WINDOW + " results: narrow the search");
        }
    }
}
