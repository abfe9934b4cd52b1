package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.crypto.FieldLocation;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.messaging.application.port.in.ConversationView;
import com.coachkeep.messaging.application.port.in.InboxView;
import com.coachkeep.messaging.application.port.out.MessageRepository;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Conversations, messages and read pointers in SQL. Unread counts never count messages: a conversation counts each
 * side's messages as they are sent, a message knows the how-manyth of its side it is, and a reader's pointer keeps how
 * many of the other side's it covered; unread is the difference.
 */
@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {
    static final String MESSAGE = "message";
    static final String COLUMNS = "id, client_id, seq, event_seq, author_id, from_staff, text_ct, about_type, about_id, sent_at, edited_at, "
            + "deleted_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    static FieldLocation location(UUID workspaceId, UUID clientId, UUID messageId) {
        return new FieldLocation(DataSubject.client(new WorkspaceId(workspaceId), new ClientId(clientId)), MESSAGE, "text_ct", messageId);
    }

    @Override
    public Optional<Message> find(WorkspaceId workspaceId, ClientId clientId, UUID id) {
        tenant.workspace(workspaceId);
        return read(workspaceId, " and client_id = ?2 and id = ?3", "", 1, clientId.value(), id).stream().findFirst();
    }

    @Override
    public boolean idTaken(WorkspaceId workspaceId, UUID id) {
        tenant.workspace(workspaceId);
        return !em.createNativeQuery("select 1 from message where workspace_id = ?1 and id = ?2 "
                        + "union all select 1 from scheduled_message where workspace_id = ?1 and id = ?2").setParameter(1, workspaceId.value())
                .setParameter(2, id).getResultList().isEmpty();
    }

    @Override
    public long nextEvent(WorkspaceId workspaceId, ClientId clientId, Instant now) {
        tenant.workspace(workspaceId);
        Object next = em.createNativeQuery("insert into conversation (workspace_id, client_id, last_event_seq, created_at) values (?1, ?2, 1, ?3) "
                        + "on conflict (workspace_id, client_id) do update set last_event_seq = conversation.last_event_seq + 1 "
                        + "returning last_event_seq")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, Persistence.toDb(now))
                .getSingleResult();
        return ((Number) next).longValue();
    }

    @Override
    public void insert(Message m) {
        tenant.workspace(m.workspaceId());
        UUID ws = m.workspaceId().value();
        UUID client = m.clientId().value();
        String side = m.fromStaff() ? "staff_messages" : "client_messages";
        Object ordinal = em.createNativeQuery("update conversation set " + side + " = " + side + " + 1, last_message_at = ?3 "
                        + "where workspace_id = ?1 and client_id = ?2 returning " + side)
                .setParameter(1, ws).setParameter(2, client).setParameter(3, Persistence.toDb(m.sentAt())).getSingleResult();
        em.createNativeQuery("insert into message (workspace_id, " + COLUMNS + ", side_ordinal) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                        + "cast(?8 as bytea), ?9, cast(?10 as uuid), ?11, ?12, ?13, ?14)")
                .setParameter(1, ws).setParameter(2, m.id()).setParameter(3, client).setParameter(4, m.seq()).setParameter(5, m.eventSeq())
                .setParameter(6, m.authorId().value()).setParameter(7, m.fromStaff())
                .setParameter(8, m.text() == null ? null : cipher.encrypt(location(ws, client, m.id()), m.text()))
                .setParameter(9, m.about() == null ? null : m.about().type())
                .setParameter(10, m.about() == null ? null : m.about().id().toString())
                .setParameter(11, Persistence.toDb(m.sentAt())).setParameter(12, Persistence.toDb(m.editedAt()))
                .setParameter(13, Persistence.toDb(m.deletedAt())).setParameter(14, ((Number) ordinal).longValue())
                .executeUpdate();
    }

    @Override
    public void update(Message m) {
        tenant.workspace(m.workspaceId());
        UUID ws = m.workspaceId().value();
        UUID client = m.clientId().value();
        em.createNativeQuery("update message set event_seq = ?3, text_ct = cast(?4 as bytea), about_type = ?5, about_id = cast(?6 as uuid), "
                        + "edited_at = ?7, deleted_at = ?8 where workspace_id = ?1 and id = ?2")
                .setParameter(1, ws).setParameter(2, m.id()).setParameter(3, m.eventSeq())
                .setParameter(4, m.text() == null ? null : cipher.encrypt(location(ws, client, m.id()), m.text()))
                .setParameter(5, m.about() == null ? null : m.about().type())
                .setParameter(6, m.about() == null ? null : m.about().id().toString())
                .setParameter(7, Persistence.toDb(m.editedAt())).setParameter(8, Persistence.toDb(m.deletedAt()))
                .executeUpdate();
    }

    @Override
    public List<Message> before(WorkspaceId workspaceId, ClientId clientId, Long before, int limit) {
        tenant.workspace(workspaceId);
        return before == null
                ? read(workspaceId, " and client_id = ?2", " order by seq desc", limit, clientId.value())
                : read(workspaceId, " and client_id = ?2 and seq < ?3", " order by seq desc", limit, clientId.value(), before);
    }

    @Override
    public List<Message> after(WorkspaceId workspaceId, ClientId clientId, long after, int limit) {
        tenant.workspace(workspaceId);
        return read(workspaceId, " and client_id = ?2 and seq > ?3", " order by seq", limit, clientId.value(), after);
    }

    @Override
    public List<Message> changedAfter(WorkspaceId workspaceId, ClientId clientId, long afterEventSeq, int limit) {
        tenant.workspace(workspaceId);
        return read(workspaceId, " and client_id = ?2 and event_seq > ?3", " order by event_seq", limit, clientId.value(), afterEventSeq);
    }

    @Override
    @SuppressWarnings("unchecked")
    public ConversationView conversation(WorkspaceId workspaceId, ClientId clientId, PersonId reader, boolean readerIsStaff) {
        tenant.workspace(workspaceId);
        List<Object[]> c = em.createNativeQuery("select last_event_seq, client_messages, staff_messages, last_message_at from conversation "
                        + "where workspace_id = ?1 and client_id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        if (c.isEmpty()) {
            return new ConversationView(clientId, 0, 0, 0, null, List.of());
        }
        Object[] row = c.get(0);
        long clientMessages = ((Number) row[1]).longValue();
        long staffMessages = ((Number) row[2]).longValue();
        List<Object[]> reads = em.createNativeQuery("select r.person_id, r.staff, r.read_seq, r.read_other, r.read_at, m.id from message_read r "
                        + "left join message m on m.workspace_id = r.workspace_id and m.client_id = r.client_id and m.seq = r.read_seq "
                        + "where r.workspace_id = ?1 and r.client_id = ?2 order by r.read_at, r.person_id")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        long readOther = 0;
        List<ConversationView.Receipt> receipts = new ArrayList<>();
        for (Object[] r : reads) {
            PersonId person = new PersonId(Rows.uuid(r[0]));
            if (person.equals(reader)) {
                readOther = ((Number) r[3]).longValue();
            }
            receipts.add(new ConversationView.Receipt(person, Boolean.TRUE.equals(r[1]), ((Number) r[2]).longValue(),
                    r[5] == null ? null : Rows.uuid(r[5]), Rows.instant(r[4])));
        }
        long other = readerIsStaff ? clientMessages : staffMessages;
        return new ConversationView(clientId, ((Number) row[0]).longValue(), clientMessages + staffMessages, Math.max(0, other - readOther),
                Rows.instant(row[3]), receipts);
    }

    @Override
    public void markRead(WorkspaceId workspaceId, ClientId clientId, PersonId reader, boolean readerIsStaff, long seq, Instant now) {
        tenant.workspace(workspaceId);
        // how many of the other side's messages the pointer covers: the ordinal of the other side's last one up to seq
        em.createNativeQuery("insert into message_read (workspace_id, client_id, person_id, staff, read_seq, read_other, read_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, coalesce((select side_ordinal from message where workspace_id = ?1 and client_id = ?2 "
                        + "and from_staff = ?6 and seq <= ?5 order by seq desc limit 1), 0), ?7) "
                        + "on conflict (workspace_id, client_id, person_id) do update set read_seq = excluded.read_seq, "
                        + "read_other = excluded.read_other, read_at = excluded.read_at where message_read.read_seq < excluded.read_seq")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, reader.value())
                .setParameter(4, readerIsStaff).setParameter(5, seq).setParameter(6, !readerIsStaff).setParameter(7, Persistence.toDb(now))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public InboxView inbox(WorkspaceId workspaceId, PersonId reader, Map<ClientId, String> clients, int limit) {
        tenant.workspace(workspaceId);
        if (clients.isEmpty()) {
            return new InboxView(0, List.of());
        }
        String ids = "{" + String.join(",", clients.keySet().stream().map(c -> c.value().toString()).toList()) + "}";
        String from = " from conversation c left join message_read r on r.workspace_id = c.workspace_id and r.client_id = c.client_id "
                + "and r.person_id = ?2 where c.workspace_id = ?1 and c.client_id = any(cast(?3 as uuid[]))";
        List<Object[]> rows = em.createNativeQuery("select c.client_id, greatest(c.client_messages - coalesce(r.read_other, 0), 0), "
                        + "c.client_messages + c.staff_messages, c.last_message_at, c.last_event_seq" + from
                        + " order by c.last_message_at desc nulls last, c.client_id limit " + limit)
                .setParameter(1, workspaceId.value()).setParameter(2, reader.value()).setParameter(3, ids).getResultList();
        long total = ((Number) em.createNativeQuery("select coalesce(sum(greatest(c.client_messages - coalesce(r.read_other, 0), 0)), 0)" + from)
                .setParameter(1, workspaceId.value()).setParameter(2, reader.value()).setParameter(3, ids).getSingleResult()).longValue();
        return new InboxView(total, rows.stream().map(r -> {
            ClientId client = new ClientId(Rows.uuid(r[0]));
            return new InboxView.Entry(client, clients.get(client), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    Rows.instant(r[3]), ((Number) r[4]).longValue());
        }).toList());
    }

    /** Messages matching {@code where} (parameters from ?2 on) in {@code order}, at most {@code limit}, decrypted. */
    @SuppressWarnings("unchecked")
    private List<Message> read(WorkspaceId workspaceId, String where, String order, int limit, Object... parameters) {
        var q = em.createNativeQuery("select " + COLUMNS + " from message where workspace_id = ?1" + where + order + " limit " + limit)
                .setParameter(1, workspaceId.value());
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 2, parameters[i]);
        }
        List<Object[]> rows = q.getResultList();
        UUID ws = workspaceId.value();
        List<Message> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = Rows.uuid(r[0]);
            UUID client = Rows.uuid(r[1]);
            String text = r[6] == null ? null : cipher.decrypt(location(ws, client, id), (byte[]) r[6]).orElse(null);
            Message.Reference about = r[7] == null ? null : new Message.Reference(Rows.text(r[7]), Rows.uuid(r[8]));
            out.add(new Message(id, workspaceId, new ClientId(client), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                    new PersonId(Rows.uuid(r[4])), Boolean.TRUE.equals(r[5]), text, about, Rows.instant(r[9]), Rows.instant(r[10]),
                    Rows.instant(r[11])));
        }
        return out;
    }
}
