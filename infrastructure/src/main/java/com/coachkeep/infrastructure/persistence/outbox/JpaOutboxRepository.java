package com.coachkeep.infrastructure.persistence.outbox;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.notification.application.port.in.OutboxStatus;
import com.coachkeep.notification.application.port.out.OutboxRepository;
import com.coachkeep.notification.application.port.out.OutboxRepository.QueuedEmail;
import com.coachkeep.notification.domain.OutboxMessageId;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The outbox worker's access to the outbox, across workspaces. It finds due rows as the worker role
 * ({@link TenantScope#outboxWorker()}, read only), then claims and changes each under its own workspace as the
 * application role, like any request: the application role never sees two workspaces at once. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, the due condition checked again: several workers on several nodes never claim the
 * same row, and never wait for each other.
 */
@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {
    private static final Logger LOG = Logger.getLogger(JpaOutboxRepository.class.getName());
    private static final int ERROR_LENGTH = 1000;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public List<QueuedEmail> claimDue(int limit, Instant now) {
        Map<UUID, List<String>> due = new LinkedHashMap<>();
        for (Object[] r : tenant.outboxWorker().rows("select workspace_id, id from outbox_message where status = 'PENDING' "
                + "and next_attempt_at <= ? order by next_attempt_at limit ?", Persistence.toDb(now), limit)) {
            due.computeIfAbsent(uuid(r[0]), w -> new ArrayList<>()).add(r[1].toString());
        }
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<UUID, List<String>> workspace : due.entrySet()) {
            tenant.workspace(workspace.getKey());
            rows.addAll(em.createNativeQuery("select id, workspace_id, payload::text, attempts from outbox_message "
                            + "where workspace_id = cast(?1 as uuid) and id = any(cast(?2 as uuid[])) and status = 'PENDING' "
                            + "and next_attempt_at <= ?3 order by next_attempt_at for update skip locked")
                    .setParameter(1, workspace.getKey().toString()).setParameter(2, "{" + String.join(",", workspace.getValue()) + "}")
                    .setParameter(3, Persistence.toDb(now)).getResultList());
        }
        List<QueuedEmail> claimed = new ArrayList<>();
        for (Object[] r : rows) {
            OutboxMessageId id = new OutboxMessageId(uuid(r[0]));
            UUID workspace = uuid(r[1]);
            int attempts = ((Number) r[3]).intValue();
            try {
                claimed.add(new QueuedEmail(id, EmailPayloads.fromJson((String) r[2]), attempts));
            } catch (RuntimeException e) {
                // a row this version cannot read can never be sent: park it for an operator instead of retrying forever
                LOG.warning(() -> "outbox message " + id + " cannot be read and is dead-lettered: " + e);
                update("status = 'DEAD', attempts = ?3, done_at = ?4, last_error = ?5", workspace, id.value(), attempts,
                        Persistence.toDb(now), truncate("unreadable: " + e));
            }
        }
        return claimed;
    }

    @Override
    public void markSent(QueuedEmail email, Instant at) {
        finish(email, "SENT", email.attempts() + 1, at, null);
    }

    @Override
    public void markSuppressed(QueuedEmail email, Instant at) {
        finish(email, "SUPPRESSED", email.attempts(), at, null);
    }

    @Override
    public void retryLater(QueuedEmail email, int attempts, Instant nextAttempt, String error) {
        update("attempts = ?3, next_attempt_at = ?4, last_error = ?5", workspaceOf(email), email.id().value(), attempts,
                Persistence.toDb(nextAttempt), truncate(error));
    }

    @Override
    public void markDead(QueuedEmail email, int attempts, Instant at, String error) {
        update("status = 'DEAD', attempts = ?3, done_at = ?4, last_error = ?5", workspaceOf(email), email.id().value(), attempts,
                Persistence.toDb(at), truncate(error));
    }

    private void finish(QueuedEmail email, String status, int attempts, Instant at, String error) {
        update("status = '" + status + "', attempts = ?3, done_at = ?4, last_error = ?5, payload = null", workspaceOf(email),
                email.id().value(), attempts, Persistence.toDb(at), error);
    }

    private void update(String set, UUID workspace, UUID id, int attempts, OffsetDateTime time, String error) {
        tenant.workspace(workspace);
        int updated = em.createNativeQuery("update outbox_message set " + set + " where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspace.toString()).setParameter(2, id.toString()).setParameter(3, attempts)
                .setParameter(4, time).setParameter(5, error).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("outbox message " + id + " vanished while it was being delivered");
        }
    }

    /** The row's workspace: the email's, or the nil UUID of platform emails, as they were queued. */
    private static UUID workspaceOf(QueuedEmail email) {
        return email.email().workspaceId() == null ? OutboxMailAdapter.PLATFORM : email.email().workspaceId().value();
    }

    @Override
    public OutboxStatus status(Instant now) {
        Object[] r = tenant.outboxWorker().rows("select count(*) filter (where status = 'PENDING'), "
                + "count(*) filter (where status = 'PENDING' and attempts > 0), count(*) filter (where status = 'DEAD'), "
                + "min(created_at) filter (where status = 'PENDING') from outbox_message").get(0);
        Instant oldest = Persistence.instantOf(r[3]);
        Duration age = oldest == null || oldest.isAfter(now) ? Duration.ZERO : Duration.between(oldest, now);
        return new OutboxStatus(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), age);
    }

    @Override
    public int purgeDone(Instant before) {
        int purged = 0;
        for (Object workspace : tenant.outboxWorker().column("select distinct workspace_id from outbox_message "
                + "where status in ('SENT', 'SUPPRESSED') and done_at < ?", Persistence.toDb(before))) {
            tenant.workspace(uuid(workspace));
            purged += em.createNativeQuery("delete from outbox_message where workspace_id = cast(?1 as uuid) "
                            + "and status in ('SENT', 'SUPPRESSED') and done_at < ?2")
                    .setParameter(1, workspace.toString()).setParameter(2, Persistence.toDb(before)).executeUpdate();
        }
        return purged;
    }

    private static final String DEAD_COLUMNS = "id, workspace_id, template, attempts, created_at, done_at, last_error";

    @Override
    public List<DeadLetter> listDead(int limit) {
        return dead(tenant.outboxWorker().rows("select " + DEAD_COLUMNS + " from outbox_message where status = 'DEAD' "
                + "order by done_at desc, id limit ?", limit));
    }

    @Override
    public java.util.Optional<DeadLetter> findDead(OutboxMessageId id) {
        return dead(tenant.outboxWorker().rows("select " + DEAD_COLUMNS + " from outbox_message where status = 'DEAD' and id = ?",
                id.value())).stream().findFirst();
    }

    @Override
    public void requeueDead(DeadLetter letter, Instant now) {
        changeDead(letter, "status = 'PENDING', attempts = 0, next_attempt_at = ?3, done_at = null", now);
    }

    @Override
    public void discardDead(DeadLetter letter, Instant now) {
        changeDead(letter, "status = 'SUPPRESSED', done_at = ?3, payload = null, last_error = 'discarded by support'", now);
    }

    private void changeDead(DeadLetter letter, String set, Instant now) {
        UUID workspace = letter.workspaceId() == null ? OutboxMailAdapter.PLATFORM : letter.workspaceId().value();
        tenant.workspace(workspace);
        int updated = em.createNativeQuery("update outbox_message set " + set + " where workspace_id = cast(?1 as uuid) "
                        + "and id = cast(?2 as uuid) and status = 'DEAD'")
                .setParameter(1, workspace.toString()).setParameter(2, letter.id().value().toString())
                .setParameter(3, Persistence.toDb(now)).executeUpdate();
        if (updated != 1) {
            throw new com.coachkeep.shared.application.NotFoundException("dead letter");
        }
    }

    private static List<DeadLetter> dead(List<Object[]> rows) {
        return rows.stream().map(r -> {
            UUID workspace = uuid(r[1]);
            return new DeadLetter(new OutboxMessageId(uuid(r[0])),
                    OutboxMailAdapter.PLATFORM.equals(workspace) ? null : new com.coachkeep.shared.domain.WorkspaceId(workspace),
                    (String) r[2], ((Number) r[3]).intValue(), Persistence.instantOf(r[4]), Persistence.instantOf(r[5]), (String) r[6]);
        }).toList();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

}
