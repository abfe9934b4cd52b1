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
        finish(List.of(Outcome.sent(email, at)));
    }

    /** Not sent because the recipient turned this kind of email off. */
    default void markSuppressed(QueuedEmail email, Instant at) {
        finish(List.of(Outcome.suppressed(email, at)));
    }

    /** Failed, to be tried again at {@code nextAttempt}. */
    default void retryLater(QueuedEmail email, int attempts, Instant nextAttempt, String error) {
        finish(List.of(Outcome.retry(email, attempts, nextAttempt, error)));
    }

    /** Given up on (dead letter): kept for an operator to look at and requeue. */
    default void markDead(QueuedEmail email, int attempts, Instant at, String error) {
        finish(List.of(Outcome.dead(email, attempts, at, error)));
    }

    /**
     * What became of one claimed email.
     *
     * @param attempts the delivery attempts counted from now on
     * @param at       when it was finished ({@code SENT}, {@code SUPPRESSED}, {@code DEAD}), or when to try again
     *                 ({@code RETRY})
     * @param error    the last error ({@code RETRY}, {@code DEAD}), else {@code null}
     */
    record Outcome(QueuedEmail email, Kind kind, int attempts, Instant at, String error) {
        /** Sent (never again; content dropped), suppressed (turned off; content dropped), retry later, or dead letter. */
        public enum Kind {
            SENT, SUPPRESSED, RETRY, DEAD
        }

        public Outcome {
            Objects.requireNonNull(email);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(at);
        }

        /** Delivered: this attempt counts. */
        public static Outcome sent(QueuedEmail email, Instant at) {
            return new Outcome(email, Kind.SENT, email.attempts() + 1, at, null);
        }

        /** Not sent because the recipient turned this kind of email off (or no longer exists). */
        public static Outcome suppressed(QueuedEmail email, Instant at) {
            return new Outcome(email, Kind.SUPPRESSED, email.attempts(), at, null);
        }

        public static Outcome retry(QueuedEmail email, int attempts, Instant nextAttempt, String error) {
            return new Outcome(email, Kind.RETRY, attempts, nextAttempt, error);
        }

        public static Outcome dead(QueuedEmail email, int attempts, Instant at, String error) {
            return new Outcome(email, Kind.DEAD, attempts, at, error);
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
