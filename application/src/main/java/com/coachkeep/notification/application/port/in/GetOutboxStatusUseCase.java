package com.coachkeep.notification.application.port.in;

/**
 * Counts of the outbox for operators (the health endpoint, later the support console). It reveals no personal
 * data or message content, so it needs no actor.
 */
public interface GetOutboxStatusUseCase {
    OutboxStatus status();
}
