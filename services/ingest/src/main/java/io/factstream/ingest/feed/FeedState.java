package io.factstream.ingest.feed;

import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the poller remembers about one feed between polls. Only one poll of a feed runs at a time;
 * {@link #tryStartPolling()} and {@link #finishPolling(Instant)} hand the state from one poll to the next.
 */
final class FeedState {
    static final int REMEMBERED_ITEMS = 1_000;

    private final URI url;
    private final SeenItems seenItems = new SeenItems(REMEMBERED_ITEMS);
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile Instant nextPollAt;
    private CacheValidators validators = CacheValidators.NONE;
    private int consecutiveFailures;

    FeedState(URI url, Instant firstPollAt) {
        this.url = url;
        this.nextPollAt = firstPollAt;
    }

    URI url() {
        return url;
    }

    boolean isDue(Instant now) {
        return !now.isBefore(nextPollAt);
    }

    boolean tryStartPolling() {
        return polling.compareAndSet(false, true);
    }

    void finishPolling(Instant nextPoll) {
        nextPollAt = nextPoll;
        polling.set(false);
    }

    CacheValidators validators() {
        return validators;
    }

    void validators(CacheValidators validators) {
        this.validators = validators;
    }

    SeenItems seenItems() {
        return seenItems;
    }

    int consecutiveFailures() {
        return consecutiveFailures;
    }

    int recordFailure() {
        return ++consecutiveFailures;
    }

    void recordSuccess() {
        consecutiveFailures = 0;
    }
}
