package com.coachkeep.notification.application.port.in;

/**
 * Run by the outbox worker, never by a person: claims up to {@code limit} due emails (rows another worker holds
 * are skipped), delivers each, and records the outcome, in one transaction. Returns how many it claimed, so the
 * worker keeps going while there is work and sleeps when there is none.
 */
public interface DeliverQueuedEmailsUseCase {
    int deliverDue(int limit);

    /** Forgets sent and suppressed emails finished longer than {@code keptFor} ago; dead letters stay. */
    int purgeDelivered(java.time.Duration keptFor);
}
