package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.messaging.application.port.out.UnreadDigestRepository;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The digest's reads. Who is told about a conversation: its client (once they have signed in) and its assigned coach,
 * or the workspace's owner when none is assigned; read beside the roster's and the workspace's tables (names, emails,
 * assignment) in one query per workspace. A person is due when a message of the other side (not an automatic reply,
 * not deleted) after both their read pointer and their last digest is older than the workspace's set time.
 */
@ApplicationScoped
public class SqlUnreadDigests implements UnreadDigestRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public List<UUID> recentWorkspaces(Instant since, int limit) {
        return tenant.messagingScheduler().rows("select distinct workspace_id from conversation where last_message_at >= ? limit " + limit,
                java.sql.Timestamp.from(since)).stream().map(r -> (UUID) r[0]).toList();
    }

    @Override
    public Sender sender(WorkspaceId workspaceId) {
        tenant.workspace(workspaceId);
        Object[] w = (Object[]) em.createNativeQuery("select name, brand_color, timezone, locale from workspace where id = ?1")
                .setParameter(1, workspaceId.value()).getSingleResult();
        String color = Rows.text(w[1]);
        return new Sender(new MailPort.Branding(Rows.text(w[0]), color == null || !color.matches("^#[0-9A-Fa-f]{6}$")
                ? MailPort.Branding.PLATFORM_COLOR : color, ZoneId.of(Rows.text(w[2]))), Locale.forLanguageTag(Rows.text(w[3])));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Pending> pending(WorkspaceId workspaceId, Instant now) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("""
                with settings as (
                    select coalesce((select email_unread_after_minutes from messaging_settings where workspace_id = ?1), 60) as minutes),
                recipients as (
                    select c.client_id, cl.person_id, false as staff, cl.display_name as client_name
                      from conversation c join client cl on cl.workspace_id = c.workspace_id and cl.id = c.client_id
                     where c.workspace_id = ?1 and cl.person_id is not null
                    union all
                    select c.client_id, coalesce(mc.person_id, (select mo.person_id from membership mo where mo.workspace_id = ?1
                               and mo.role = 'OWNER' and mo.status = 'ACTIVE' limit 1)), true, cl.display_name
                      from conversation c join client cl on cl.workspace_id = c.workspace_id and cl.id = c.client_id
                      left join membership mc on mc.workspace_id = cl.workspace_id and mc.id = cl.assigned_coach_id and mc.status = 'ACTIVE'
                     where c.workspace_id = ?1)
                select r.person_id, p.email, p.display_name, r.client_id, r.client_name, r.staff,
                       greatest((case when r.staff then c.client_messages else c.staff_messages end) - coalesce(rd.read_other, 0), 0),
                       (select max(m.seq) from message m where m.workspace_id = ?1 and m.client_id = r.client_id and m.from_staff <> r.staff)
                  from recipients r
                  join conversation c on c.workspace_id = ?1 and c.client_id = r.client_id
                  join person p on p.id = r.person_id
                  left join message_read rd on rd.workspace_id = ?1 and rd.client_id = r.client_id and rd.person_id = r.person_id
                  left join message_digest d on d.workspace_id = ?1 and d.client_id = r.client_id and d.person_id = r.person_id
                 cross join settings s
                 where p.email is not null
                   and exists (select 1 from message m where m.workspace_id = ?1 and m.client_id = r.client_id and m.from_staff <> r.staff
                               and m.deleted_at is null and m.author_id <> ?3
                               and m.seq > greatest(coalesce(rd.read_seq, 0), coalesce(d.digested_seq, 0))
                               and m.sent_at <= cast(?2 as timestamptz) - make_interval(mins => s.minutes))
                 order by r.person_id, r.client_name""")
                .setParameter(1, workspaceId.value()).setParameter(2, Persistence.toDb(now)).setParameter(3, Message.TEAM.value())
                .getResultList();
        return rows.stream().map(r -> new Pending(new PersonId(Rows.uuid(r[0])), new EmailAddress(Rows.text(r[1])), Rows.text(r[2]),
                new ClientId(Rows.uuid(r[3])), Boolean.TRUE.equals(r[5]) ? Rows.text(r[4]) : "Your coaching team", Boolean.TRUE.equals(r[5]),
                ((Number) r[6]).longValue(), r[7] == null ? 0 : ((Number) r[7]).longValue())).toList();
    }

    @Override
    public void digested(WorkspaceId workspaceId, ClientId clientId, PersonId personId, long throughSeq, Instant now) {
        tenant.workspace(workspaceId);
        em.createNativeQuery("insert into message_digest (workspace_id, client_id, person_id, digested_seq, sent_at) values (?1, ?2, ?3, ?4, ?5) "
                        + "on conflict (workspace_id, client_id, person_id) do update set digested_seq = greatest(message_digest.digested_seq, "
                        + "excluded.digested_seq), sent_at = excluded.sent_at")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, personId.value())
                .setParameter(4, throughSeq).setParameter(5, Persistence.toDb(now)).executeUpdate();
    }
}
