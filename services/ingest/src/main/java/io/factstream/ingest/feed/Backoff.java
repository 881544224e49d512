package io.factstream.ingest.feed;

import java.time.Duration;

/**
 * How long a feed waits before its next poll: the poll interval, doubled for every failure in a row,
 * never more than the maximum.
 */
public record Backoff(Duration interval, Duration max) {

    public Backoff {
        if (!interval.isPositive() || max.compareTo(interval) < 0) {
            throw new IllegalArgumentException("the poll interval (" + interval
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
