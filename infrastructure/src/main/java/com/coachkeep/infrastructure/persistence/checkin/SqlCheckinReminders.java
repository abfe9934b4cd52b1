package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.CheckinReminderRepository;
import com.coachkeep.checkin.domain.CheckinNotice;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The reminder job's reads and its record of notices sent. The scan for workspaces runs as the worker role (the
 * {@code checkin_reminders} policy: SELECT on checkin_schedule only); everything else under the workspace's own setting
 * as the application role. A workspace's schedules are read with their clients' sign-in addresses and their forms' names
 * in one statement, the sent notices in another: a fixed number of statements per workspace whatever its roster.
 */
@ApplicationScoped
public class SqlCheckinReminders implements CheckinReminderRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public List<UUID> workspacesWithSchedules(LocalDate endedBefore, int limit) {
        return tenant.checkinReminders().rows("select distinct workspace_id from checkin_schedule where ends_on is null or ends_on >= ? limit "
                + limit, java.sql.Date.valueOf(endedBefore)).stream().map(r -> (UUID) r[0]).toList();
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
    public List<Scheduled> scheduled(WorkspaceId workspaceId, LocalDate endedBefore) {
        tenant.workspace(workspaceId);
        String columns = Arrays.stream(JpaCheckinScheduleRepository.COLUMNS.split(",")).map(c -> "s." + c.strip()).collect(Collectors.joining(", "));
        List<Object[]> rows = em.createNativeQuery("select " + columns + ", "
                        + "(select f.name from checkin_form f where f.workspace_id = s.workspace_id and f.id = s.form_id order by f.version desc limit 1), "
                        + "p.id, p.email, coalesce(p.display_name, c.display_name) "
                        + "from checkin_schedule s join client c on c.workspace_id = s.workspace_id and c.id = s.client_id "
                        + "join person p on p.id = c.person_id "
                        + "where s.workspace_id = ?1 and c.status = 'ACTIVE' and p.email is not null and (s.ends_on is null or s.ends_on >= ?2) "
                        + "order by s.client_id, s.created_at, s.id")
                .setParameter(1, workspaceId.value()).setParameter(2, CheckinSql.param(endedBefore)).getResultList();
        int n = JpaCheckinScheduleRepository.COLUMNS.split(",").length;
        return rows.stream().map(r -> new Scheduled(JpaCheckinScheduleRepository.toDomain(workspaceId, r), Rows.text(r[n]),
                new PersonId(Rows.uuid(r[n + 1])), new EmailAddress(Rows.text(r[n + 2])), Rows.text(r[n + 3]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Sent> sent(WorkspaceId workspaceId, Set<UUID> scheduleIds, LocalDate from, LocalDate to) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select schedule_id, occurrence_on, kind from checkin_reminder where workspace_id = ?1 "
                        + "and schedule_id = any(cast(?2 as uuid[])) and occurrence_on between cast(?3 as date) and cast(?4 as date)")
                .setParameter(1, workspaceId.value()).setParameter(2, "{" + String.join(",", scheduleIds.stream().map(UUID::toString).toList()) + "}")
                .setParameter(3, CheckinSql.param(from)).setParameter(4, CheckinSql.param(to)).getResultList();
        Set<Sent> out = new HashSet<>();
        for (Object[] r : rows) {
            out.add(new Sent(Rows.uuid(r[0]), CheckinSql.date(r[1]), CheckinNotice.valueOf(Rows.text(r[2]))));
        }
        return out;
    }

    @Override
    public boolean record(WorkspaceId workspaceId, Sent notice, UUID clientId, Instant at) {
        tenant.workspace(workspaceId);
        // a concurrent run's uncommitted row makes this wait, then insert nothing once it commits
        return em.createNativeQuery("insert into checkin_reminder (workspace_id, id, client_id, schedule_id, occurrence_on, kind, sent_at) "
                        + "values (?1, ?2, ?3, ?4, cast(?5 as date), ?6, ?7) on conflict (workspace_id, schedule_id, occurrence_on, kind) do nothing")
                .setParameter(1, workspaceId.value()).setParameter(2, UUID.randomUUID()).setParameter(3, clientId).setParameter(4, notice.scheduleId())
                .setParameter(5, CheckinSql.param(notice.occurrenceOn())).setParameter(6, notice.kind().name()).setParameter(7, Persistence.toDb(at))
                .executeUpdate() == 1;
    }
}
