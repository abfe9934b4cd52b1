package com.coachkeep.infrastructure.persistence.outbox;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.notification.application.port.in.OutboxStatus;
import com.coachkeep.notification.application.port.out.OutboxRepository;
import com.coachkeep.notification.application.port.out.OutboxRepository.Outcome;
import com.coachkeep.notification.application.port.out.OutboxRepository.QueuedEmail;
import com.coachkeep.notification.domain.OutboxMessageId;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
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
    /** Looked up once: {@code Json.create…} looks the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    /**
     * How many due rows the worker role's scan returns per email wanted: rows other loops and nodes hold are among the
     * oldest due, and are skipped; reading more than {@code limit} leaves this loop enough to claim beside them.
     */
    static final int CANDIDATES_PER_CLAIM = 4;

    @Override
    @SuppressWarnings("unchecked")
    public List<QueuedEmail> claimDue(int limit, Instant now) {
        Map<UUID, List<String>> due = new LinkedHashMap<>();
        for (Object[] r : tenant.outboxWorker().rows("select workspace_id, id from outbox_message where status = 'PENDING' "
                + "and next_attempt_at <= ? order by next_attempt_at limit ?", Persistence.toDb(now), limit * CANDIDATES_PER_CLAIM)) {
            due.computeIfAbsent(uuid(r[0]), w -> new ArrayList<>()).add(r[1].toString());
        }
        List<QueuedEmail> claimed = new ArrayList<>();
        Map<UUID, JsonArrayBuilder> unreadable = new LinkedHashMap<>();
        int parked = 0;
        for (Map.Entry<UUID, List<String>> workspace : due.entrySet()) {
            int wanted = limit - claimed.size() - parked;
            if (wanted <= 0) {
                break;
            }
            // one statement per workspace: lock what no one else holds, the due condition checked again
            tenant.workspace(workspace.getKey());
            List<Object[]> rows = em.createNativeQuery("select id, workspace_id, payload::text, attempts from outbox_message "
                            + "where workspace_id = cast(?1 as uuid) and id = any(cast(?2 as uuid[])) and status = 'PENDING' "
                            + "and next_attempt_at <= ?3 order by next_attempt_at limit ?4 for update skip locked")
                    .setParameter(1, workspace.getKey().toString()).setParameter(2, "{" + String.join(",", workspace.getValue()) + "}")
                    .setParameter(3, Persistence.toDb(now)).setParameter(4, wanted).getResultList();
            for (Object[] r : rows) {
                OutboxMessageId id = new OutboxMessageId(uuid(r[0]));
                int attempts = ((Number) r[3]).intValue();
                try {
                    claimed.add(new QueuedEmail(id, EmailPayloads.fromJson((String) r[2]), attempts));
                } catch (RuntimeException e) {
                    // a row this version cannot read can never be sent: park it for an operator instead of retrying forever
                    LOG.warning(() -> "outbox message " + id + " cannot be read and is dead-lettered: " + e);
                    unreadable.computeIfAbsent(workspace.getKey(), w -> JSON.createArrayBuilder()).add(JSON.createObjectBuilder()
                            .add("id", id.value().toString()).add("status", "DEAD").add("attempts", attempts)
                            .add("done_at", time(now)).add("last_error", truncate("unreadable: " + e)));
                    parked++;
                }
            }
        }
        write(unreadable);
        return claimed;
    }

    /**
     * One {@code update … from jsonb_to_recordset(…)} per workspace (the application role, under that workspace's
     * setting), however many emails the batch holds.
     */
    @Override
    public void finish(List<Outcome> outcomes) {
        Map<UUID, JsonArrayBuilder> byWorkspace = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            byWorkspace.computeIfAbsent(workspaceOf(o.email()), w -> JSON.createArrayBuilder()).add(row(o));
        }
        write(byWorkspace);
    }

    /** Each workspace's rows (id, status, attempts, next_attempt_at, done_at, last_error) in one statement. */
    private void write(Map<UUID, JsonArrayBuilder> byWorkspace) {
        for (Map.Entry<UUID, JsonArrayBuilder> workspace : byWorkspace.entrySet()) {
            jakarta.json.JsonArray rows = workspace.getValue().build();
            tenant.workspace(workspace.getKey());
            int updated = em.createNativeQuery("update outbox_message o set status = v.status, attempts = v.attempts, "
                            + "next_attempt_at = coalesce(v.next_attempt_at, o.next_attempt_at), done_at = v.done_at, "
                            + "last_error = v.last_error, "
                            + "payload = case when v.status in ('SENT', 'SUPPRESSED') then null else o.payload end "
                            + "from jsonb_to_recordset(cast(?2 as jsonb)) as v(id uuid, status varchar, attempts integer, "
                            + "next_attempt_at timestamptz, done_at timestamptz, last_error varchar) "
                            + "where o.workspace_id = cast(?1 as uuid) and o.id = v.id")
                    .setParameter(1, workspace.getKey().toString()).setParameter(2, rows.toString())
                    .executeUpdate();
            int expected = rows.size();
            if (updated != expected) {
                throw new IllegalStateException((expected - updated) + " outbox message(s) of workspace " + workspace.getKey()
                        + " vanished while they were being delivered");
            }
        }
    }

    private static JsonObjectBuilder row(Outcome o) {
        JsonObjectBuilder row = JSON.createObjectBuilder().add("id", o.email().id().value().toString()).add("attempts", o.attempts());
        switch (o.kind()) {
            case SENT, SUPPRESSED, DEAD -> row.add("status", o.kind().name()).add("done_at", time(o.at()));
            case RETRY -> row.add("status", "PENDING").add("next_attempt_at", time(o.at()));
            default -> throw new IllegalArgumentException("unknown outcome " + o.kind());
        }
        if (o.error() != null) {
            row.add("last_error", truncate(o.error()));
        }
        return row;
    }

    /** RFC 3339 in UTC, to the microsecond (what timestamptz keeps). */
    private static String time(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).toString();
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
