package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.crypto.FieldLocation;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.messaging.application.port.out.AnnouncementRepository;
import com.coachkeep.messaging.domain.Announcement;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Announcements and their recipients in SQL; the template encrypted under the workspace's key. The job finds running
 * ones across workspaces through the worker role's read-only scan ({@link TenantScope#messagingScheduler()}) and claims
 * each under its own workspace with {@code FOR UPDATE SKIP LOCKED}. The recipients' names are read from the roster's
 * client table beside them, for the placeholders, when their message is sent.
 */
@ApplicationScoped
public class JpaAnnouncementRepository implements AnnouncementRepository {
    static final String COLUMNS = "id, author_id, text_ct, segment_tag, segment_status, total, sent, skipped, status, created_at, finished_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    static FieldLocation location(UUID workspaceId, UUID id) {
        return new FieldLocation(DataSubject.workspace(new WorkspaceId(workspaceId)), "announcement", "text_ct", id);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Announcement> find(WorkspaceId workspaceId, UUID id) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from announcement where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(r -> new Announcement(Rows.uuid(r[0]), workspaceId, new PersonId(Rows.uuid(r[1])),
                cipher.decrypt(location(workspaceId.value(), id), (byte[]) r[2]).orElse(null), Rows.text(r[3]), Rows.text(r[4]),
                ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), Announcement.Status.valueOf(Rows.text(r[8])),
                Rows.instant(r[9]), r[10] == null ? null : Rows.instant(r[10])));
    }

    @Override
    public void insert(Announcement a, List<ClientId> recipients) {
        tenant.workspace(a.workspaceId());
        UUID ws = a.workspaceId().value();
        em.createNativeQuery("insert into announcement (workspace_id, " + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, 0, ?8, ?9, ?10)")
                .setParameter(1, ws).setParameter(2, a.id()).setParameter(3, a.authorId().value())
                .setParameter(4, cipher.encrypt(location(ws, a.id()), a.text())).setParameter(5, a.segmentTag()).setParameter(6, a.segmentStatus())
                .setParameter(7, a.total()).setParameter(8, a.status().name()).setParameter(9, Persistence.toDb(a.createdAt()))
                .setParameter(10, Persistence.toDb(a.finishedAt()))
                .executeUpdate();
        if (!recipients.isEmpty()) {
            String ids = "{" + String.join(",", recipients.stream().map(c -> c.value().toString()).toList()) + "}";
            em.createNativeQuery("insert into announcement_recipient (workspace_id, announcement_id, client_id, position, status) "
                            + "select ?1, ?2, c.id, c.n, 'PENDING' from unnest(cast(?3 as uuid[])) with ordinality c(id, n)")
                    .setParameter(1, ws).setParameter(2, a.id()).setParameter(3, ids).executeUpdate();
        }
    }

    @Override
    public List<UUID[]> running(int limit) {
        return tenant.messagingScheduler().rows("select workspace_id, id from announcement where status = 'RUNNING' order by created_at limit "
                + limit).stream().map(r -> new UUID[] {(UUID) r[0], (UUID) r[1]}).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Claimed> claim(WorkspaceId workspaceId, UUID id) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select a.id, exists (select 1 from membership m where m.workspace_id = a.workspace_id "
                        + "and m.person_id = a.author_id and m.status = 'ACTIVE') from announcement a where a.workspace_id = ?1 and a.id = ?2 "
                        + "and a.status = 'RUNNING' for update of a skip locked")
                .setParameter(1, workspaceId.value()).setParameter(2, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        boolean active = Boolean.TRUE.equals(rows.get(0)[1]);
        return find(workspaceId, id).map(a -> new Claimed(a, active));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Recipient> pending(WorkspaceId workspaceId, UUID id, int limit) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select r.client_id, c.display_name from announcement_recipient r join client c "
                        + "on c.workspace_id = r.workspace_id and c.id = r.client_id where r.workspace_id = ?1 and r.announcement_id = ?2 "
                        + "and r.status = 'PENDING' order by r.position limit " + limit)
                .setParameter(1, workspaceId.value()).setParameter(2, id).getResultList();
        return rows.stream().map(r -> new Recipient(new ClientId(Rows.uuid(r[0])), Rows.text(r[1]))).toList();
    }

    @Override
    public void progressed(WorkspaceId workspaceId, UUID id, List<ClientId> sent, List<ClientId> skipped, Instant now) {
        tenant.workspace(workspaceId);
        mark(workspaceId, id, sent, "SENT");
        mark(workspaceId, id, skipped, "SKIPPED");
        em.createNativeQuery("update announcement set sent = sent + ?3, skipped = skipped + ?4, "
                        + "status = case when exists (select 1 from announcement_recipient r where r.workspace_id = ?1 and r.announcement_id = ?2 "
                        + "and r.status = 'PENDING') then 'RUNNING' else 'DONE' end, "
                        + "finished_at = case when exists (select 1 from announcement_recipient r where r.workspace_id = ?1 "
                        + "and r.announcement_id = ?2 and r.status = 'PENDING') then null else cast(?5 as timestamptz) end "
                        + "where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, id).setParameter(3, sent.size()).setParameter(4, skipped.size())
                .setParameter(5, Persistence.toDb(now)).executeUpdate();
    }

    private void mark(WorkspaceId workspaceId, UUID id, List<ClientId> clients, String status) {
        if (clients.isEmpty()) {
            return;
        }
        em.createNativeQuery("update announcement_recipient set status = ?4 where workspace_id = ?1 and announcement_id = ?2 "
                        + "and client_id = any(cast(?3 as uuid[]))")
                .setParameter(1, workspaceId.value()).setParameter(2, id)
                .setParameter(3, "{" + String.join(",", clients.stream().map(c -> c.value().toString()).toList()) + "}")
                .setParameter(4, status).executeUpdate();
    }
}
