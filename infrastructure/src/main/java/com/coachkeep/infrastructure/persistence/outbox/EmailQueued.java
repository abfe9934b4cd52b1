package com.coachkeep.infrastructure.persistence.outbox;

/**
 * Fired when an email was queued; observers that run after the transaction commits (the outbox worker) start
 * delivering at once instead of at their next poll.
 */
public record EmailQueued() {
}
