package io.factstream.support.resilience;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.List;

/** {@link RetryWhileUnavailable}: outside the stage timer, so each attempt is timed and counted on its own. */
@RetryWhileUnavailable
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class RetryWhileUnavailableInterceptor {
    private final RetryLoop loop;

    public RetryWhileUnavailableInterceptor(@Any Instance<TransientFailure> kinds) {
        List<TransientFailure> all = kinds.stream().toList();
        this.loop = new RetryLoop(failure -> all.stream().anyMatch(kind -> kind.isTransient(failure)),
                Backoff.WHILE_UNAVAILABLE, pause -> Thread.sleep(pause));
    }

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        return loop.call(invocation::proceed,
                invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName());
    }
}
