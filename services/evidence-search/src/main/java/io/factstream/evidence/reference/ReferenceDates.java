package io.factstream.evidence.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A reference document's date, as the corpus gives it (an ISO-8601 date or date-time), as an instant. */
public final class ReferenceDates {
    private ReferenceDates() {
    }

    /** @return null when the document has no date or one that is not ISO-8601 */
    public static Instant instantOf(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return date.length() <= 10 ? LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(date).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
