package com.coachkeep.infrastructure.rest.shared;

/** A rate limit was reached; the caller may try again after the given number of seconds. */
public final class TooManyRequestsException extends RuntimeException {
    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super("rate limit reached", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
