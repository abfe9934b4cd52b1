/**
 * The transactional outbox table: {@link com.coachkeep.infrastructure.persistence.outbox.OutboxMailAdapter}
 * queues emails in the use case's transaction (under the workspace's row-level security policy), and
 * {@link com.coachkeep.infrastructure.persistence.outbox.JpaOutboxRepository} is the worker's view across
 * workspaces ({@code app.outbox_worker}), claiming rows with {@code FOR UPDATE SKIP LOCKED}.
 */
package com.coachkeep.infrastructure.persistence.outbox;
