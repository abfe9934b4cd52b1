package com.coachkeep.notification.application.port.in;

import java.time.Duration;

/**
 * Figures about the outbox for operators: messages waiting (and how many of them are waiting to be retried),
 * dead-lettered messages that need a look, and the age of the oldest waiting message. No personal data.
 */
public record OutboxStatus(long pending, long retrying, long dead, Duration oldestPendingAge) {
}
