package io.factstream.support.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(30));

    @Test
    void doublesTheIntervalForEveryFailureInARow() {
        assertEquals(Duration.ofMinutes(5), backoff.delayAfter(0));
        assertEquals(Duration.ofMinutes(10), backoff.delayAfter(1));
        assertEquals(Duration.ofMinutes(20), backoff.delayAfter(2));
    }

    @Test
    void neverExceedsTheMaximum() {
        assertEquals(Duration.ofMinutes(30), backoff.delayAfter(3));
        assertEquals(Duration.ofMinutes(30), backoff.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void maximumBelowTheIntervalIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofHours(2), Duration.ofHours(1)));
    }
}
