package io.factstream.corpus.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The ISO-8601 forms Elasticsearch's default date format accepts: a date, or a date-time with offset. */
public final class IsoDates {
    private IsoDates() {
    }

    public static boolean valid(String date) {
        try {
            LocalDate.parse(date);
            return true;
        } catch (DateTimeParseException notADate) {
            try {
                OffsetDateTime.parse(date, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                return true;
            } catch (DateTimeParseException notADateTime) {
                return false;
            }
        }
    }
}
