package com.coachkeep.notification.application.port.out;

import com.coachkeep.notification.application.port.in.OutboxStatus;
import com.coachkeep.notification.domain.OutboxMessageId;
import com.coachkeep.shared.application.MailPort;
import java.time.Instant;
import java.util.Objects;
import java.util.List;

/**
 * The outbox as the delivery worker sees it, across all workspaces. Rows are queued through
 * {@link com.coachkeep.shared.application.MailPort}; every method here runs in the worker's transaction.
 */
public interface OutboxRepository {
    /**
     * Locks and returns up to {@code limit} pending emails due at {@code now}, oldest due first. Rows locked by
     * another worker or node are skipped, not waited for; the locks last until the transaction ends, so a worker
     * that dies releases its rows for the next one.
     */
    List<QueuedEmail> claimDue(int limit, Instant now);

    /** Delivered: never sent again. The message content (which may hold a link's secret) is dropped. */
    void markSent(QueuedEmail email, Instant at);

    /** Not sent because the recipient turned this kind of email off. */
    void markSuppressed(QueuedEmail email, Instant at);

    /** Failed, to be tried again at {@code nextAttempt}. */
    void retryLater(QueuedEmail email, int attempts, Instant nextAttempt, String error);

    /** Given up on (dead letter): kept for an operator to look at and requeue. */
    void markDead(QueuedEmail email, int attempts, Instant at, String error);

    /** Deletes sent and suppressed messages finished before {@code before}; returns how many. */
    int purgeDone(Instant before);

    /** Counts for operators. */
    OutboxStatus status(Instant now);

    /**
     * An email claimed from the outbox for delivery.
     *
     * @param id       the outbox row
     * @param email    the message as it was queued
     * @param attempts delivery attempts made before this one
     */
    record QueuedEmail(OutboxMessageId id, MailPort.Email email, int attempts) {
        public QueuedEmail {
            Objects.requireNonNull(id);
            Objects.requireNonNull(email);
        }
    }
}
