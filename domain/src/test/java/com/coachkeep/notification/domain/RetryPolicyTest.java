package com.coachkeep.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(10), 5);

    @Test
    void delayDoublesWithEachFailureUpToTheCap() {
        assertEquals(Duration.ofSeconds(10), policy.nominalDelay(1));
        assertEquals(Duration.ofSeconds(20), policy.nominalDelay(2));
        assertEquals(Duration.ofSeconds(40), policy.nominalDelay(3));
        assertEquals(Duration.ofSeconds(320), policy.nominalDelay(6));
        assertEquals(Duration.ofMinutes(10), policy.nominalDelay(7));
        assertEquals(Duration.ofMinutes(10), policy.nominalDelay(1000));
    }

    @Test
    void jitterKeepsEachRetryBetweenHalfAndAllOfItsNominalDelay() {
        assertEquals(NOW.plusSeconds(20), policy.nextAttempt(3, NOW, 0.0, null));
        assertEquals(NOW.plusMillis(39_999), policy.nextAttempt(3, NOW, 0.99999, null));
        assertEquals(NOW.plusSeconds(30), policy.nextAttempt(3, NOW, 0.5, null));
    }

    @Test
    void aProvidersLongerRetryAfterIsHonouredButNeverBeyondTheCap() {
        assertEquals(NOW.plusSeconds(120), policy.nextAttempt(1, NOW, 0.5, Duration.ofSeconds(120)));
        assertEquals(NOW.plusSeconds(7), policy.nextAttempt(1, NOW, 0.4, Duration.ofSeconds(2)));
        assertEquals(NOW.plus(Duration.ofMinutes(10)), policy.nextAttempt(1, NOW, 0.5, Duration.ofHours(5)));
    }

    @Test
    void messageIsGivenUpOnAfterMaxAttempts() {
        assertFalse(policy.exhausted(4));
        assertTrue(policy.exhausted(5));
    }
}
