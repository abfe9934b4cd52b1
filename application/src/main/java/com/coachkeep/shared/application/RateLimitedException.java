package com.coachkeep.shared.application;

import java.time.Duration;

/** The actor asked for something more often than allowed; they may try again after {@code retryAfter}. */
public final class RateLimitedException extends RuntimeException {
    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
