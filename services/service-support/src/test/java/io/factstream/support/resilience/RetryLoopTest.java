package io.factstream.support.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.junit.jupiter.api.Test;

class RetryLoopTest {
    private final ConnectionFailures connectionFailures = new ConnectionFailures();
    private final List<Duration> pauses = new ArrayList<>();
    private final RetryLoop loop = new RetryLoop(connectionFailures::isTransient,
            new Backoff(Duration.ofMillis(100), Duration.ofMillis(500)), pauses::add);

    @Test
    void triesAgainWithGrowingPausesWhileTheServerIsDownThenReturnsTheResult() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        String result = loop.call(() -> {
            if (attempts.incrementAndGet() <= 5) {
                throw new IllegalStateException("index unavailable", new ConnectException("Connection refused"));
            }
            return "indexed";
        }, "test");

        assertEquals("indexed", result);
        assertEquals(6, attempts.get());
        assertEquals(List.of(100L, 200L, 400L, 500L, 500L), pauses.stream().map(Duration::toMillis).toList());
    }

    @Test
    void aFailureOfTheRecordItselfIsThrownAtOnce() {
        IllegalArgumentException bad = new IllegalArgumentException("no title");
        AtomicInteger attempts = new AtomicInteger();

        Exception thrown = assertThrows(IllegalArgumentException.class, () -> loop.call(() -> {
            attempts.incrementAndGet();
            throw bad;
        }, "test"));

        assertSame(bad, thrown);
        assertEquals(1, attempts.get());
        assertTrue(pauses.isEmpty());
    }

    @Test
    void anInterruptedPauseGivesUpWithTheLastFailure() {
        RetryLoop interrupted = new RetryLoop(connectionFailures::isTransient, Backoff.WHILE_UNAVAILABLE, pause -> {
            throw new InterruptedException("shutting down");
        });
        ConnectException down = new ConnectException("Connection refused");

        Exception thrown = assertThrows(ConnectException.class, () -> interrupted.call(() -> {
            throw down;
        }, "test"));

        assertSame(down, thrown);
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
    }

    @Test
    void connectionFailuresAreTransientAndUnreadableDataIsNot() {
        assertTrue(connectionFailures.isTransient(new ConnectException("Connection refused")));
        assertTrue(connectionFailures.isTransient(new SocketTimeoutException("30,000 milliseconds timeout")));
        assertTrue(connectionFailures.isTransient(new NotLeaderOrFollowerException("broker restarting")));
        assertTrue(connectionFailures.isTransient(new SQLException("Connection refused", "08001")));
        assertTrue(connectionFailures.isTransient(new SQLException("the database system is shutting down", "57P03")));

        assertFalse(connectionFailures.isTransient(new JsonParseException(null, "Unexpected character")));
        assertFalse(connectionFailures.isTransient(new IOException("disk file missing")));
        assertFalse(connectionFailures.isTransient(new SQLException("duplicate key", "23505")));
        assertFalse(connectionFailures.isTransient(new IllegalStateException("no story")));
    }
}
