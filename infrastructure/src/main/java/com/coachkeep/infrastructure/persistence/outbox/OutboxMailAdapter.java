package com.coachkeep.infrastructure.persistence.outbox;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.application.MailPort;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.UUID;

/**
 * Queues emails as outbox rows in the caller's JTA transaction, on the same connection as the use case's own
 * writes, so the email exists exactly when the change that caused it is committed. The row is written under
 * the tenant's row-level security policy: when the transaction's workspace is not the email's (a platform email, or a
 * transaction the persistence adapter has not scoped yet), {@link TenantScope#inWorkspace} sets it for the insert and
 * puts it back right after.
 */
@ApplicationScoped
public class OutboxMailAdapter implements MailPort {
    /** The workspace id of emails that belong to no workspace. */
    public static final UUID PLATFORM = new UUID(0, 0);

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<EmailQueued> queued;

    @Inject
    Clock clock;

    @Inject
    TenantScope tenant;

    @Override
    public void enqueue(Email email) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            throw new IllegalStateException("an email is queued inside the transaction of the change that causes it");
        }
        UUID workspace = email.workspaceId() == null ? PLATFORM : email.workspaceId().value();
        tenant.inWorkspace(workspace, () -> em.createNativeQuery("insert into outbox_message (workspace_id, id, kind, idempotency_key, "
                        + "template, essential, payload, status, attempts, next_attempt_at, created_at) "
                        + "values (?1, ?2, 'email', ?3, ?4, ?5, ?6, 'PENDING', 0, ?7, ?7) on conflict (workspace_id, idempotency_key) do nothing")
                .setParameter(1, workspace.toString())
                .setParameter(2, UUID.randomUUID().toString())
                .setParameter(3, email.idempotencyKey())
                .setParameter(4, email.template().id())
                .setParameter(5, email.essential())
                .setParameter(6, EmailPayloads.toJson(email))
                .setParameter(7, Persistence.toDb(clock.instant()))
                .executeUpdate());
        queued.fire(new EmailQueued());
    }
}
