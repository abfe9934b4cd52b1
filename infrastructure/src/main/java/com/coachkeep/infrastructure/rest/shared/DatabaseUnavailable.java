package com.coachkeep.infrastructure.rest.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises a failure that means the database cannot be reached right now (stopped, restarting, unreachable, or the
 * pool could not get a connection in time), as opposed to a fault in the request or the code. Such a request is
 * answered {@code 503} with {@code Retry-After} instead of an error id: nothing was written, and the same request
 * succeeds once the database is back.
 */
public final class DatabaseUnavailable {
    /** Seconds a client should wait before retrying: the time the pool needs to reconnect after the database's return. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * SQLSTATEs of an unreachable or stopping server: class 08 (connection exception), admin and crash shutdown,
     * "cannot connect now" (starting up or in recovery), too many connections.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /** Liberty's pool's names for "no connection could be had" (not on the application's class path as types). */
    private static final Set<String> POOL_FAILURES = Set.of("ConnectionWaitTimeoutException", "ResourceAllocationException");

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || POOL_FAILURES.contains(t.getClass().getSimpleName())) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
