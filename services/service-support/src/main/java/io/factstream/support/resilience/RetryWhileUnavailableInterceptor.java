package io.factstream.support.resilience;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** {@link RetryWhileUnavailable}: outside the stage timer, so each attempt is timed and counted on its own. */
@RetryWhileUnavailable
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class RetryWhileUnavailableInterceptor {
    private final RetryLoop loop;

    public RetryWhileUnavailableInterceptor(TransientFailures failures) {
        this.loop = new RetryLoop(failures::isTransient, Backoff.WHILE_UNAVAILABLE, pause -> Thread.sleep(pause));
    }

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        return loop.call(invocation::proceed,
                invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName());
    }
}
