package io.factstream.support.resilience;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a stream processor's {@code @Incoming} method: while a server it needs is unavailable (Elasticsearch,
 * PostgreSQL or Kafka down, restarting or overloaded), the record is tried again with a growing pause instead of
 * going to the dead-letter topic, and its partition waits. Any other failure still dead-letters the record at once.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryWhileUnavailable {
}
