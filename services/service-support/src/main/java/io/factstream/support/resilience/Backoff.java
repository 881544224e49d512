package io.factstream.support.resilience;

import java.time.Duration;

/**
 * How long to wait before the next attempt: the interval, doubled for every failure in a row, never more than the
 * maximum (a feed's next poll, a record's next try while a server is down).
 */
public record Backoff(Duration interval, Duration max) {
    /** For records waiting for a server: half a second at first, then up to 15 s. */
    static final Backoff WHILE_UNAVAILABLE = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(15));

    public Backoff {
        if (!interval.isPositive() || max.compareTo(interval) < 0) {
            throw new IllegalArgumentException("the interval (" + interval
                    + ") must be positive and not above the maximum backoff (" + max + ")");
        }
    }

    public Duration delayAfter(int consecutiveFailures) {
        Duration delay = interval;
        for (int failure = 0; failure < consecutiveFailures && delay.compareTo(max) < 0; failure++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) < 0 ? delay : max;
    }
}
