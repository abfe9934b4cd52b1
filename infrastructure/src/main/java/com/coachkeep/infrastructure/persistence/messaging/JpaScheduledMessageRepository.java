package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.crypto.FieldLocation;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.messaging.application.port.out.ScheduledMessageRepository;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.messaging.domain.ScheduledMessage;
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
 * Scheduled messages in SQL. The scheduler finds due ones across workspaces through the worker role's read-only scan
 * ({@link TenantScope#messagingScheduler()}); it claims each under the row's own workspace with
 * {@code FOR UPDATE SKIP LOCKED}, so two nodes never send one twice.
 */
@ApplicationScoped
public class JpaScheduledMessageRepository implements ScheduledMessageRepository {
    static final String TABLE = "scheduled_message";
    static final String COLUMNS = "id, client_id, author_id, from_staff, text_ct, about_type, about_id, send_at, created_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    static FieldLocation location(UUID workspaceId, UUID clientId, UUID id) {
        return new FieldLocation(DataSubject.client(new WorkspaceId(workspaceId), new ClientId(clientId)), TABLE, "text_ct", id);
    }

    @Override
    public Optional<ScheduledMessage> find(WorkspaceId workspaceId, UUID id) {
        tenant.workspace(workspaceId);
        return read(workspaceId, " and id = ?2", "", id).stream().findFirst();
    }

    @Override
    public void insert(ScheduledMessage m) {
        tenant.workspace(m.workspaceId());
        UUID ws = m.workspaceId().value();
        UUID client = m.clientId().value();
        em.createNativeQuery("insert into scheduled_message (workspace_id, " + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                        + "cast(?8 as uuid), ?9, ?10)")
                .setParameter(1, ws).setParameter(2, m.id()).setParameter(3, client).setParameter(4, m.authorId().value())
                .setParameter(5, m.fromStaff()).setParameter(6, cipher.encrypt(location(ws, client, m.id()), m.text()))
                .setParameter(7, m.about() == null ? null : m.about().type())
                .setParameter(8, m.about() == null ? null : m.about().id().toString())
                .setParameter(9, Persistence.toDb(m.sendAt())).setParameter(10, Persistence.toDb(m.createdAt()))
                .executeUpdate();
    }

    @Override
    public boolean delete(WorkspaceId workspaceId, UUID id) {
        tenant.workspace(workspaceId);
        return em.createNativeQuery("delete from scheduled_message where workspace_id = ?1 and id = ?2").setParameter(1, workspaceId.value())
                .setParameter(2, id).executeUpdate() > 0;
    }

    @Override
    public List<ScheduledMessage> byAuthor(WorkspaceId workspaceId, ClientId clientId, PersonId author) {
        tenant.workspace(workspaceId);
        return read(workspaceId, " and client_id = ?2 and author_id = ?3", " order by send_at, id", clientId.value(), author.value());
    }

    @Override
    public List<UUID[]> due(Instant now, int limit) {
        return tenant.messagingScheduler().rows("select workspace_id, id from scheduled_message where send_at <= ? order by send_at limit "
                + limit, java.sql.Timestamp.from(now)).stream().map(r -> new UUID[] {(UUID) r[0], (UUID) r[1]}).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Claimed> claim(WorkspaceId workspaceId, UUID id, Instant now) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select s.id, exists (select 1 from membership m where m.workspace_id = s.workspace_id "
                        + "and m.person_id = s.author_id and m.status = 'ACTIVE') from scheduled_message s where s.workspace_id = ?1 and s.id = ?2 "
                        + "and s.send_at <= cast(?3 as timestamptz) for update of s skip locked")
                .setParameter(1, workspaceId.value()).setParameter(2, id).setParameter(3, Persistence.toDb(now)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        boolean active = Boolean.TRUE.equals(rows.get(0)[1]);
        return find(workspaceId, id).map(m -> new Claimed(m, active));
    }

    @SuppressWarnings("unchecked")
    private List<ScheduledMessage> read(WorkspaceId workspaceId, String where, String order, Object... parameters) {
        var q = em.createNativeQuery("select " + COLUMNS + " from scheduled_message where workspace_id = ?1" + where + order + " limit 500")
                .setParameter(1, workspaceId.value());
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 2, parameters[i]);
        }
        UUID ws = workspaceId.value();
        return ((List<Object[]>) q.getResultList()).stream().map(r -> {
            UUID id = Rows.uuid(r[0]);
            UUID client = Rows.uuid(r[1]);
            String text = cipher.decrypt(location(ws, client, id), (byte[]) r[4]).orElse(null);
            return new ScheduledMessage(id, workspaceId, new ClientId(client), new PersonId(Rows.uuid(r[2])), Boolean.TRUE.equals(r[3]), text,
                    r[5] == null ? null : new Message.Reference(Rows.text(r[5]), Rows.uuid(r[6])), Rows.instant(r[7]), Rows.instant(r[8]));
        }).toList();
    }
}
