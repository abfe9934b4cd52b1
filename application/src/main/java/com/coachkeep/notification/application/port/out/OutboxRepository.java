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

    /**
     * Records what became of claimed emails, in the claiming transaction: set-based (one statement per workspace, not
     * one per email). Each email appears once.
     */
    void finish(List<Outcome> outcomes);

    /** Delivered: never sent again. The message content (which may hold a link's secret) is dropped. */
    default void markSent(QueuedEmail email, Instant at) {
        finish(List.of(new Outcome.Sent(email, at)));
    }

    /** Not sent because the recipient turned this kind of email off. */
    default void markSuppressed(QueuedEmail email, Instant at) {
        finish(List.of(new Outcome.Suppressed(email, at)));
    }

    /** Failed, to be tried again at {@code nextAttempt}. */
    default void retryLater(QueuedEmail email, int attempts, Instant nextAttempt, String error) {
        finish(List.of(new Outcome.Retry(email, attempts, nextAttempt, error)));
    }

    /** Given up on (dead letter): kept for an operator to look at and requeue. */
    default void markDead(QueuedEmail email, int attempts, Instant at, String error) {
        finish(List.of(new Outcome.Dead(email, attempts, at, error)));
    }

    /** What became of one claimed email. */
    sealed interface Outcome {
        QueuedEmail email();

        /** Delivered: never sent again; the content is dropped; attempts counts this one. */
        record Sent(QueuedEmail email, Instant at) implements Outcome {
        }

        /** Not sent because the recipient turned this kind of email off (or no longer exists); the content is dropped. */
        record Suppressed(QueuedEmail email, Instant at) implements Outcome {
        }

        /** Failed, to be tried again at {@code nextAttempt}. */
        record Retry(QueuedEmail email, int attempts, Instant nextAttempt, String error) implements Outcome {
        }

        /** Given up on (dead letter). */
        record Dead(QueuedEmail email, int attempts, Instant at, String error) implements Outcome {
        }
    }

    /** Deletes sent and suppressed messages finished before {@code before}; returns how many. */
    int purgeDone(Instant before);

    /** Counts for operators. */
    OutboxStatus status(Instant now);

    /** Dead letters of every workspace, the newest first, as metadata (never the message). */
    List<DeadLetter> listDead(int limit);

    /** One dead letter, by id, across workspaces; empty when there is none (or it is no longer dead). */
    java.util.Optional<DeadLetter> findDead(OutboxMessageId id);

    /** Puts a dead letter back in the queue, due at {@code now}, with its attempts counted afresh. */
    void requeueDead(DeadLetter letter, Instant now);

    /** Gives up on a dead letter for good: it is marked suppressed and its content dropped. */
    void discardDead(DeadLetter letter, Instant now);

    /**
     * A dead letter as operators see it: no recipient, no model, no body.
     *
     * @param workspaceId the email's workspace, or {@code null} for a platform email
     */
    record DeadLetter(OutboxMessageId id, com.coachkeep.shared.domain.WorkspaceId workspaceId, String template, int attempts,
            Instant createdAt, Instant failedAt, String lastError) {
        public DeadLetter {
            Objects.requireNonNull(id);
        }
    }

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
