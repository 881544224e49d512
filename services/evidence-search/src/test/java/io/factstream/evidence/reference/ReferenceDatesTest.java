package io.factstream.evidence.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReferenceDatesTest {

    @Test
    void aDateIsItsDayStartInUtc() {
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), ReferenceDates.instantOf("2024-05-01"));
    }

    @Test
    void aDateTimeKeepsItsOffset() {
        assertEquals(Instant.parse("2024-05-01T08:30:00Z"), ReferenceDates.instantOf("2024-05-01T10:30:00+02:00"));
    }

    @Test
    void noDateOrAnUnreadableOneIsNoDate() {
        assertNull(ReferenceDates.instantOf(null));
        assertNull(ReferenceDates.instantOf(" "));
        assertNull(ReferenceDates.instantOf("May 2024"));
    }
}
