package com.coachkeep.billing.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * What the billing inbox does with an event whose application threw (a bug, or a fault of the database): it is tried
 * again after a back-off that doubles with each attempt ({@code firstBackoff}, twice that, … at most {@code maxBackoff}),
 * so it never holds the events behind it; after {@code maxAttempts} attempts it is kept as failed, with the error, for
 * an operator.
 */
public record InboxRetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
    public static final InboxRetryPolicy DEFAULT = new InboxRetryPolicy(5, Duration.ofSeconds(10), Duration.ofHours(1));

    public InboxRetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoffs must be 0 or more, the first not above the maximum");
        }
    }

    /** Whether an event that has failed {@code attempts} times (this one included) is given up: kept as failed. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** When an event that has failed {@code attempts} times (this one included) is tried again. */
    public Instant retryAt(int attempts, Instant now) {
        Duration d = firstBackoff;
        for (int i = 1; i < attempts && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return now.plus(d.compareTo(maxBackoff) > 0 ? maxBackoff : d);
    }
}
