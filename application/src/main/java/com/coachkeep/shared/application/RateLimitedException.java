package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.Refusal;
import java.time.Duration;

/** The actor asked for something more often than allowed; they may try again after {@code retryAfter}. */
public final class RateLimitedException extends Refusal.RateLimited {
    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super("too-many-requests", message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
