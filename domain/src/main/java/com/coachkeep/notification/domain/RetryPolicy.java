package com.coachkeep.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a failed delivery is tried again, and when it is given up on. The delay doubles with each failed
 * attempt from {@code firstDelay} up to {@code maxDelay}, with "equal jitter": half of it fixed, half random,
 * so that messages that failed together (a provider outage) do not all come back at the same instant, and no
 * retry comes sooner than half its nominal delay. A provider's own Retry-After is honoured when it asks for
 * longer. After {@code maxAttempts} failed attempts the message is dead-lettered for an operator to look at.
 *
 * @param firstDelay  nominal delay after the first failure
 * @param maxDelay    the longest delay between two attempts
 * @param maxAttempts attempts in total (the first one included) before a message is dead
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {
    public static final RetryPolicy STANDARD = new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), 12);

    public RetryPolicy {
        Objects.requireNonNull(firstDelay);
        Objects.requireNonNull(maxDelay);
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 < firstDelay <= maxDelay");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Whether a message that has failed {@code failedAttempts} times is to be given up on. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }

    /** The nominal (jitter-free) delay after the given number of failed attempts (1 for the first failure). */
    public Duration nominalDelay(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        long max = maxDelay.toMillis();
        long delay = firstDelay.toMillis();
        for (int i = 1; i < failedAttempts && delay < max; i++) {
            delay *= 2;
        }
        return Duration.ofMillis(Math.min(delay, maxDelay.toMillis()));
    }

    /**
     * When to try again after the given number of failed attempts.
     *
     * @param random     a number in [0, 1): the jitter
     * @param retryAfter what the provider asked for, or {@code null}
     */
    public Instant nextAttempt(int failedAttempts, Instant now, double random, Duration retryAfter) {
        if (random < 0 || random >= 1) {
            throw new IllegalArgumentException("random must be in [0, 1)");
        }
        long nominal = nominalDelay(failedAttempts).toMillis();
        long half = nominal / 2;
        long delay = half + (long) (random * (nominal - half));
        if (retryAfter != null && retryAfter.toMillis() > delay) {
            delay = Math.min(retryAfter.toMillis(), maxDelay.toMillis());
        }
        return now.plusMillis(delay);
    }
}
