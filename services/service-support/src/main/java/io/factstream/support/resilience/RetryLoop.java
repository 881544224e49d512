package io.factstream.support.resilience;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/** Runs work until it succeeds or fails for a reason other than an unavailable server, pausing in between. */
final class RetryLoop {
    interface Pause {
        void sleep(Duration pause) throws InterruptedException;
    }

    private static final Logger LOG = Logger.getLogger(RetryLoop.class);

    private final Predicate<Throwable> transientFailure;
    private final Backoff backoff;
    private final Pause pause;

    RetryLoop(Predicate<Throwable> transientFailure, Backoff backoff, Pause pause) {
        this.transientFailure = transientFailure;
        this.backoff = backoff;
        this.pause = pause;
    }

    <T> T call(Callable<T> work, String what) throws Exception {
        for (int failures = 1; ; failures++) {
            try {
                return work.call();
            } catch (Exception failure) {
                Throwable unavailable = transientCause(failure);
                if (unavailable == null) {
                    throw failure;
                }
                Duration wait = backoff.delayAfter(failures - 1);
                LOG.warnf("%s failed %d time(s) in a row, a server being unavailable (%s); trying again in %d ms",
                        what, failures, unavailable, wait.toMillis());
                try {
                    pause.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    failure.addSuppressed(interrupted);
                    throw failure;
                }
            }
        }
    }

    /** The first exception of the cause chain that tells of an unavailable server, or null. */
    private Throwable transientCause(Throwable failure) {
        return TransientFailures.firstCause(failure, transientFailure);
    }
}
