package io.factstream.support.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.function.Predicate;

/** Every {@link TransientFailure} the service's modules contribute, asked at once. */
@ApplicationScoped
public class TransientFailures {
    private final List<TransientFailure> kinds;

    public TransientFailures(@Any Instance<TransientFailure> kinds) {
        this.kinds = kinds.stream().toList();
    }

    /** Whether any exception of {@code failure}'s cause chain tells of an unavailable server. */
    public boolean anyCauseTransient(Throwable failure) {
        return firstCause(failure, this::isTransient) != null;
    }

    boolean isTransient(Throwable failure) {
        return kinds.stream().anyMatch(kind -> kind.isTransient(failure));
    }

    /** The first exception of {@code failure}'s cause chain that {@code test} accepts, or null. */
    static Throwable firstCause(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return cause;
            }
        }
        return null;
    }
}
