package io.factstream.support.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Failures of the connection itself (refused, reset, timed out), PostgreSQL's connection and shutdown states, the
 * Kafka client's retriable errors and a wait for an acknowledgement that timed out. Other I/O errors, such as
 * unreadable JSON, are not among them: trying a bad record again cannot help.
 */
@ApplicationScoped
public class ConnectionFailures implements TransientFailure {
    /** SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, cannot connect now). */
    private static final String[] UNAVAILABLE_SQL_STATES = {"08", "57P"};

    @Override
    public boolean isTransient(Throwable failure) {
        return failure instanceof SocketException // ConnectException among them
                || failure instanceof InterruptedIOException // SocketTimeoutException among them
                || failure instanceof UnknownHostException
                || failure instanceof HttpTimeoutException
                || failure instanceof ClosedChannelException
                || failure instanceof TimeoutException // waiting for a send to be acknowledged, among others
                || failure instanceof RetriableException
                || failure instanceof SQLTransientException
                || failure instanceof SQLRecoverableException
                || failure instanceof SQLException sql && hasUnavailableState(sql);
    }

    private static boolean hasUnavailableState(SQLException failure) {
        String state = failure.getSQLState();
        if (state == null) {
            return false;
        }
        for (String prefix : UNAVAILABLE_SQL_STATES) {
            if (state.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
