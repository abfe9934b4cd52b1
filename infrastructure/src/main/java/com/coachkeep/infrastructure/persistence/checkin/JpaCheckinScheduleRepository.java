package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.CheckinScheduleRepository;
import com.coachkeep.checkin.domain.CheckinSchedule;
import com.coachkeep.checkin.domain.Recurrence;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Check-in schedules of clients, and the zone of a client's calendar. */
@ApplicationScoped
public class JpaCheckinScheduleRepository implements CheckinScheduleRepository {
    static final String COLUMNS = "id, client_id, form_id, kind, every_weeks, weekday, day_of_month, on_day, time_zone, starts_on, ends_on, grace_days, "
            + "created_by, created_at, version";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<CheckinSchedule> find(WorkspaceId workspaceId, ClientId clientId, UUID id) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from checkin_schedule where workspace_id = ?1 and client_id = ?2 and id = ?3")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, id).getResultList();
        return rows.stream().findFirst().map(r -> toDomain(workspaceId, r));
    }

    @Override
    public boolean idTaken(WorkspaceId workspaceId, UUID id) {
        tenant.workspace(workspaceId);
        return !em.createNativeQuery("select 1 from checkin_schedule where workspace_id = ?1 and id = ?2").setParameter(1, workspaceId.value())
                .setParameter(2, id).getResultList().isEmpty();
    }

    @Override
    public void save(CheckinSchedule s, boolean isNew) {
        tenant.workspace(s.workspaceId());
        Integer weeks = s.recurrence() instanceof Recurrence.EveryWeeks w ? w.weeks() : null;
        String weekday = s.recurrence() instanceof Recurrence.EveryWeeks w ? w.weekday().name() : null;
        Integer dom = s.recurrence() instanceof Recurrence.Monthly m ? m.dayOfMonth() : null;
        String onDay = s.recurrence() instanceof Recurrence.Once o ? o.day().toString() : null;
        String kind = s.recurrence().kind().toUpperCase(java.util.Locale.ROOT);
        if (!isNew) {
            em.createNativeQuery("delete from checkin_schedule where workspace_id = ?1 and id = ?2").setParameter(1, s.workspaceId().value())
                    .setParameter(2, s.id()).executeUpdate();
        }
        em.createNativeQuery("insert into checkin_schedule (workspace_id, " + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, cast(?6 as smallint), ?7, "
                        + "cast(?8 as smallint), cast(?9 as date), ?10, cast(?11 as date), cast(?12 as date), ?13, cast(?14 as uuid), ?15, ?16)")
                .setParameter(1, s.workspaceId().value()).setParameter(2, s.id()).setParameter(3, s.clientId().value()).setParameter(4, s.formId())
                .setParameter(5, kind).setParameter(6, weeks).setParameter(7, weekday).setParameter(8, dom).setParameter(9, onDay)
                .setParameter(10, s.zone().getId()).setParameter(11, CheckinSql.param(s.startsOn())).setParameter(12, CheckinSql.param(s.endsOn()))
                .setParameter(13, s.graceDays()).setParameter(14, CheckinSql.personParam(s.createdBy())).setParameter(15, Persistence.toDb(s.createdAt()))
                .setParameter(16, s.version()).executeUpdate();
    }

    @Override
    public void delete(WorkspaceId workspaceId, UUID id) {
        tenant.workspace(workspaceId);
        em.createNativeQuery("delete from checkin_schedule where workspace_id = ?1 and id = ?2").setParameter(1, workspaceId.value()).setParameter(2, id)
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CheckinSchedule> ofClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from checkin_schedule where workspace_id = ?1 and client_id = ?2 "
                + "order by created_at, id").setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        return rows.stream().map(r -> toDomain(workspaceId, r)).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CheckinSchedule> ofClients(WorkspaceId workspaceId, Set<UUID> clientIds) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from checkin_schedule where workspace_id = ?1 "
                        + "and client_id = any(cast(?2 as uuid[])) order by created_at, id")
                .setParameter(1, workspaceId.value()).setParameter(2, "{" + String.join(",", clientIds.stream().map(UUID::toString).toList()) + "}")
                .getResultList();
        return rows.stream().map(r -> toDomain(workspaceId, r)).toList();
    }

    @Override
    public ZoneId workspaceZone(WorkspaceId workspaceId) {
        tenant.workspace(workspaceId);
        List<?> rows = em.createNativeQuery("select timezone from workspace where id = ?1").setParameter(1, workspaceId.value()).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? ZoneId.of("UTC") : ZoneId.of(rows.get(0).toString().strip());
    }

    @Override
    public ZoneId clientZone(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        List<?> rows = em.createNativeQuery("select coalesce((select s.time_zone from checkin_schedule s where s.workspace_id = w.id "
                        + "and s.client_id = ?2 order by s.created_at desc limit 1), w.timezone) from workspace w where w.id = ?1")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? ZoneId.of("UTC") : ZoneId.of(rows.get(0).toString().strip());
    }

    static CheckinSchedule toDomain(WorkspaceId workspaceId, Object[] r) {
        Recurrence rec = switch (Rows.text(r[3])) {
            case "WEEKLY", "EVERY_N_WEEKS" -> new Recurrence.EveryWeeks(((Number) r[4]).intValue(), DayOfWeek.valueOf(Rows.text(r[5])));
            case "MONTHLY" -> new Recurrence.Monthly(((Number) r[6]).intValue());
            default -> new Recurrence.Once(CheckinSql.date(r[7]));
        };
        return new CheckinSchedule(Rows.uuid(r[0]), workspaceId, new ClientId(Rows.uuid(r[1])), Rows.uuid(r[2]), rec, ZoneId.of(Rows.text(r[8]).strip()),
                CheckinSql.date(r[9]), CheckinSql.date(r[10]), ((Number) r[11]).intValue(), CheckinSql.person(r[12]), Rows.instant(r[13]),
                ((Number) r[14]).longValue());
    }
}
