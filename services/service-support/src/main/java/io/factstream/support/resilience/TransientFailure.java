package io.factstream.support.resilience;

/**
 * Tells whether one exception of a failure's cause chain means that a server is unavailable for now, so the same
 * work will succeed later. A module that talks to a server contributes its own as a bean; see
 * {@link ConnectionFailures} for the ones every service shares.
 */
public interface TransientFailure {
    boolean isTransient(Throwable failure);
}
