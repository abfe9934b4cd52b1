package com.coachkeep.infrastructure.persistence.nutrition;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.nutrition.application.port.out.HabitRepository;
import com.coachkeep.nutrition.domain.Habit;
import com.coachkeep.nutrition.domain.HabitSchedule;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Habits (title and description encrypted under the client's key) and their check-offs, one row per habit and day. */
@ApplicationScoped
public class JpaHabitRepository implements HabitRepository {
    static final String TABLE = "habit";
    static final String COLUMNS = "id, client_id, title_ct, description_ct, schedule_kind, times_per_week, weekdays, starts_on, archived_on, "
            + "created_by, created_at, updated_at, version";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Habit> find(WorkspaceId workspaceId, ClientId clientId, UUID id) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from habit where workspace_id = ?1 and client_id = ?2 and id = ?3")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, id).getResultList();
        return rows.stream().findFirst().map(r -> toDomain(workspaceId, r));
    }

    @Override
    public boolean idTaken(WorkspaceId workspaceId, UUID id) {
        tenant.workspace(workspaceId);
        return !em.createNativeQuery("select 1 from habit where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, id).getResultList().isEmpty();
    }

    @Override
    public void save(Habit h, boolean isNew) {
        tenant.workspace(h.workspaceId());
        UUID ws = h.workspaceId().value();
        UUID client = h.clientId().value();
        byte[] title = NutritionSql.encrypt(cipher, ws, client, TABLE, "title_ct", h.id(), h.title());
        byte[] description = NutritionSql.encrypt(cipher, ws, client, TABLE, "description_ct", h.id(), h.description());
        Integer times = h.schedule() instanceof HabitSchedule.TimesPerWeek t ? t.times() : null;
        String weekdays = h.schedule() instanceof HabitSchedule.OnWeekdays w
                ? w.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")) : null;
        String kind = Habit.kindOf(h.schedule()).toUpperCase(java.util.Locale.ROOT);
        if (isNew) {
            em.createNativeQuery("insert into habit (workspace_id, " + COLUMNS + ") values (?1, ?2, ?3, ?4, cast(?5 as bytea), ?6, "
                            + "cast(?7 as smallint), ?8, cast(?9 as date), cast(?10 as date), cast(?11 as uuid), ?12, ?13, ?14)")
                    .setParameter(1, ws).setParameter(2, h.id()).setParameter(3, client).setParameter(4, title).setParameter(5, description)
                    .setParameter(6, kind).setParameter(7, times).setParameter(8, weekdays).setParameter(9, NutritionSql.param(h.startsOn()))
                    .setParameter(10, NutritionSql.param(h.archivedOn()))
                    .setParameter(11, h.createdBy() == null ? null : h.createdBy().value().toString())
                    .setParameter(12, Persistence.toDb(h.createdAt())).setParameter(13, Persistence.toDb(h.updatedAt()))
                    .setParameter(14, h.version()).executeUpdate();
        } else {
            em.createNativeQuery("update habit set title_ct = ?3, description_ct = cast(?4 as bytea), schedule_kind = ?5, "
                            + "times_per_week = cast(?6 as smallint), weekdays = ?7, starts_on = cast(?8 as date), archived_on = cast(?9 as date), "
                            + "updated_at = ?10, version = ?11 where workspace_id = ?1 and id = ?2")
                    .setParameter(1, ws).setParameter(2, h.id()).setParameter(3, title).setParameter(4, description).setParameter(5, kind)
                    .setParameter(6, times).setParameter(7, weekdays).setParameter(8, NutritionSql.param(h.startsOn()))
                    .setParameter(9, NutritionSql.param(h.archivedOn())).setParameter(10, Persistence.toDb(h.updatedAt()))
                    .setParameter(11, h.version()).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Habit> ofClient(WorkspaceId workspaceId, ClientId clientId, boolean includeArchived) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from habit where workspace_id = ?1 and client_id = ?2"
                        + (includeArchived ? "" : " and archived_on is null") + " order by created_at, id")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        return rows.stream().map(r -> toDomain(workspaceId, r)).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Habit> schedulesOf(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select id, client_id, null, null, schedule_kind, times_per_week, weekdays, starts_on, "
                        + "archived_on, created_by, created_at, updated_at, version from habit where workspace_id = ?1 and client_id = ?2 "
                        + "order by created_at, id")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        return rows.stream().map(r -> toDomain(workspaceId, r, false)).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, Set<LocalDate>> checkOffs(WorkspaceId workspaceId, ClientId clientId, LocalDate from, LocalDate to) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select habit_id, day from habit_check_off where workspace_id = ?1 and client_id = ?2 "
                        + "and day between cast(?3 as date) and cast(?4 as date)")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, NutritionSql.param(from))
                .setParameter(4, NutritionSql.param(to)).getResultList();
        Map<UUID, Set<LocalDate>> out = new HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent(Rows.uuid(r[0]), k -> new HashSet<>()).add(NutritionSql.date(r[1]));
        }
        return out;
    }

    @Override
    public void checkOff(WorkspaceId workspaceId, ClientId clientId, UUID habitId, LocalDate day, boolean done, PersonId by, Instant at) {
        tenant.workspace(workspaceId);
        if (done) {
            em.createNativeQuery("insert into habit_check_off (workspace_id, habit_id, day, client_id, checked_by, checked_at) "
                            + "values (?1, ?2, cast(?3 as date), ?4, cast(?5 as uuid), ?6) on conflict (workspace_id, habit_id, day) do nothing")
                    .setParameter(1, workspaceId.value()).setParameter(2, habitId).setParameter(3, NutritionSql.param(day))
                    .setParameter(4, clientId.value()).setParameter(5, by == null ? null : by.value().toString())
                    .setParameter(6, Persistence.toDb(at)).executeUpdate();
        } else {
            em.createNativeQuery("delete from habit_check_off where workspace_id = ?1 and habit_id = ?2 and day = cast(?3 as date)")
                    .setParameter(1, workspaceId.value()).setParameter(2, habitId).setParameter(3, NutritionSql.param(day)).executeUpdate();
        }
    }

    private Habit toDomain(WorkspaceId workspaceId, Object[] r) {
        return toDomain(workspaceId, r, true);
    }

    private Habit toDomain(WorkspaceId workspaceId, Object[] r, boolean withText) {
        UUID id = Rows.uuid(r[0]);
        UUID client = Rows.uuid(r[1]);
        UUID ws = workspaceId.value();
        String title = withText ? NutritionSql.decrypt(cipher, ws, client, TABLE, "title_ct", id, r[2]) : "";
        HabitSchedule schedule = switch (Rows.text(r[4])) {
            case "DAILY" -> new HabitSchedule.Daily();
            case "TIMES_PER_WEEK" -> new HabitSchedule.TimesPerWeek(NutritionSql.integer(r[5]));
            default -> {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                Arrays.stream(Rows.text(r[6]).split(",")).forEach(d -> days.add(DayOfWeek.valueOf(d)));
                yield new HabitSchedule.OnWeekdays(days);
            }
        };
        return new Habit(id, workspaceId, new ClientId(client), title == null ? "(erased)" : title,
                withText ? NutritionSql.decrypt(cipher, ws, client, TABLE, "description_ct", id, r[3]) : null, schedule, NutritionSql.date(r[7]),
                NutritionSql.date(r[8]), r[9] == null ? null : new PersonId(Rows.uuid(r[9])), Rows.instant(r[10]), Rows.instant(r[11]),
                ((Number) r[12]).longValue());
    }
}
