package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.messaging.application.port.out.OfficeHoursRepository;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.messaging.domain.OfficeHours;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The workspace's office hours (one row), and the latest automatic reply of a conversation (from its messages). */
@ApplicationScoped
public class JpaOfficeHoursRepository implements OfficeHoursRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<OfficeHours> find(WorkspaceId workspaceId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select time_zone, hours, auto_reply, email_unread_after_minutes from messaging_settings "
                        + "where workspace_id = ?1")
                .setParameter(1, workspaceId.value()).getResultList();
        return rows.stream().findFirst().map(r -> new OfficeHours(ZoneId.of(Rows.text(r[0])), OfficeHours.parseHours(Rows.text(r[1])),
                Boolean.TRUE.equals(r[2]), ((Number) r[3]).intValue()));
    }

    @Override
    public void save(WorkspaceId workspaceId, OfficeHours hours, Instant now) {
        tenant.workspace(workspaceId);
        em.createNativeQuery("insert into messaging_settings (workspace_id, time_zone, hours, auto_reply, email_unread_after_minutes, updated_at) "
                        + "values (?1, ?2, ?3, ?4, ?6, ?5) on conflict (workspace_id) do update set time_zone = excluded.time_zone, "
                        + "hours = excluded.hours, auto_reply = excluded.auto_reply, email_unread_after_minutes = excluded.email_unread_after_minutes, "
                        + "updated_at = excluded.updated_at, version = messaging_settings.version + 1")
                .setParameter(1, workspaceId.value()).setParameter(2, hours.zone().getId()).setParameter(3, hours.hoursText())
                .setParameter(4, hours.autoReply()).setParameter(5, Persistence.toDb(now)).setParameter(6, hours.emailUnreadAfterMinutes())
                .executeUpdate();
    }

    @Override
    public Optional<Instant> lastAutomaticReply(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        Object last = em.createNativeQuery("select max(sent_at) from message where workspace_id = ?1 and client_id = ?2 and from_staff "
                        + "and author_id = ?3")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, Message.TEAM.value()).getSingleResult();
        return Optional.ofNullable(last).map(Rows::instant);
    }
}
