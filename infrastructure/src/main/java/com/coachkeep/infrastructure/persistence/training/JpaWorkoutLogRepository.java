package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.crypto.FieldLocation;
import com.coachkeep.infrastructure.persistence.shared.KeysetCursor;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.out.WorkoutLogRepository;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.Effort;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.Load;
import com.coachkeep.training.domain.LoadUnit;
import com.coachkeep.training.domain.LoggedSet;
import com.coachkeep.training.domain.PerformedSet;
import com.coachkeep.training.domain.PersonalRecord;
import com.coachkeep.training.domain.PlanKey;
import com.coachkeep.training.domain.SetPrescription;
import com.coachkeep.training.domain.SetType;
import com.coachkeep.training.domain.WorkoutLog;
import com.coachkeep.training.domain.WorkoutLogId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Workout logs ({@code workout_log}) and their sets ({@code workout_set}, one row per set, with the prescription it
 * answers as jsonb and the load in its unit and in kilograms, so history, records and volume are read by one indexed
 * query). A log's notes are free text about the client: encrypted under the client's field key, so erasing the client
 * (destroying the key) erases them in every backup too. A resend replaces the log's row and all its sets.
 */
@ApplicationScoped
public class JpaWorkoutLogRepository implements WorkoutLogRepository {
    static final String LOG_TABLE = "workout_log";
    static final String NOTES = "notes";
    static final String LOG_COLUMNS = "id, client_id, program_id, day_key, performed_on::text, duration_seconds, notes_ct, logged_by, "
            + "on_behalf, created_at, updated_at";
    /** A set that can hold a record (as {@link PersonalRecord} decides): the predicate of {@code workout_set_record_idx}. */
    static final String RECORD_SET = "done and reps >= 1 and load_kg > 0 and set_type <> 'WARM_UP'";
    static final String SET_COLUMNS = "id, log_id, exercise_id, set_type, reps, seconds, metres, load_amount, load_unit, effort_kind, "
            + "effort_value, done, target::text";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    static FieldLocation location(UUID workspaceId, UUID clientId, UUID logId) {
        return new FieldLocation(DataSubject.client(new WorkspaceId(workspaceId), new ClientId(clientId)), LOG_TABLE, NOTES, logId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<WorkoutLog> find(WorkspaceId workspaceId, WorkoutLogId id) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + LOG_COLUMNS + " from workout_log where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, id.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withSets(workspaceId, rows).get(0));
    }

    @Override
    public void save(WorkoutLog log, boolean replace) {
        tenant.workspace(log.workspaceId());
        UUID ws = log.workspaceId().value();
        if (replace) {
            em.createNativeQuery("delete from workout_set where workspace_id = ?1 and log_id = ?2").setParameter(1, ws)
                    .setParameter(2, log.id().value()).executeUpdate();
            em.createNativeQuery("delete from workout_log where workspace_id = ?1 and id = ?2").setParameter(1, ws)
                    .setParameter(2, log.id().value()).executeUpdate();
        }
        byte[] notes = log.notes() == null ? null : cipher.encrypt(location(ws, log.clientId().value(), log.id().value()), log.notes());
        em.createNativeQuery("insert into workout_log (workspace_id, " + LOG_COLUMNS.replace("performed_on::text", "performed_on")
                        + ") values (?1, ?2, ?3, cast(?4 as uuid), cast(?5 as uuid), cast(?6 as date), cast(?7 as integer), cast(?8 as bytea), cast(?9 as uuid), ?10, "
                        + "cast(?11 as timestamptz), cast(?12 as timestamptz))")
                .setParameter(1, ws).setParameter(2, log.id().value()).setParameter(3, log.clientId().value())
                .setParameter(4, log.programId() == null ? null : log.programId().toString())
                .setParameter(5, log.dayKey() == null ? null : log.dayKey().toString())
                .setParameter(6, log.performedOn().toString()).setParameter(7, log.durationSeconds()).setParameter(8, notes)
                .setParameter(9, log.loggedBy() == null ? null : log.loggedBy().toString()).setParameter(10, log.onBehalf())
                .setParameter(11, Rows.param(log.createdAt())).setParameter(12, Rows.param(log.updatedAt())).executeUpdate();
        int position = 0;
        for (LoggedSet s : log.sets()) {
            em.createNativeQuery("insert into workout_set (workspace_id, id, log_id, client_id, performed_on, position, exercise_id, "
                            + "set_type, reps, seconds, metres, load_amount, load_unit, load_kg, effort_kind, effort_value, done, target) "
                            + "values (?1, ?2, ?3, ?4, cast(?5 as date), ?6, ?7, ?8, cast(?9 as integer), cast(?10 as integer), cast(?11 as integer), "
                            + "cast(?12 as numeric), cast(?13 as varchar), "
                            + "cast(?14 as numeric), cast(?15 as varchar), cast(?16 as numeric), ?17, cast(?18 as jsonb))")
                    .setParameter(1, ws).setParameter(2, s.id()).setParameter(3, log.id().value()).setParameter(4, log.clientId().value())
                    .setParameter(5, log.performedOn().toString()).setParameter(6, position++).setParameter(7, s.exercise().value())
                    .setParameter(8, s.type().name()).setParameter(9, s.reps()).setParameter(10, s.seconds()).setParameter(11, s.metres())
                    .setParameter(12, s.load() == null ? null : s.load().amount().toPlainString())
                    .setParameter(13, s.load() == null ? null : s.load().unit().name())
                    .setParameter(14, s.load() == null ? null : s.load().kilograms().toPlainString())
                    .setParameter(15, s.effort() == null ? null : s.effort().kind().name())
                    .setParameter(16, s.effort() == null ? null : s.effort().value().toPlainString())
                    .setParameter(17, s.done()).setParameter(18, s.target() == null ? null : PlanJson.writeSet(s.target()))
                    .executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<UUID> setIdsOfOtherLogs(WorkspaceId workspaceId, WorkoutLogId logId, Set<UUID> setIds) {
        tenant.workspace(workspaceId);
        String list = setIds.stream().map(UUID::toString).collect(Collectors.joining(","));
        List<Object> rows = em.createNativeQuery("select id::text from workout_set where workspace_id = ?1 and log_id <> ?2 "
                        + "and id = any (cast(string_to_array(?3, ',') as uuid[]))")
                .setParameter(1, workspaceId.value()).setParameter(2, logId.value()).setParameter(3, list).getResultList();
        return rows.stream().map(Rows::uuid).collect(Collectors.toSet());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<WorkoutLog> list(WorkspaceId workspaceId, ClientId clientId, PageRequest page) {
        tenant.workspace(workspaceId);
        StringBuilder sql = new StringBuilder("select " + LOG_COLUMNS + " from workout_log where workspace_id = ?1 and client_id = ?2");
        KeysetCursor before = page.cursor() == null ? null : KeysetCursor.decode(page.cursor());
        LocalDate beforeDate = null;
        if (before != null) {
            try {
                beforeDate = LocalDate.parse(before.key());
            } catch (RuntimeException e) {
                throw com.coachkeep.shared.domain.InvalidInputException.of("cursor", "is not a cursor returned by this list");
            }
            sql.append(" and (performed_on, id) < (cast(?3 as date), ?4)");
        }
        sql.append(" order by performed_on desc, id desc limit ").append(page.limit() + 1);
        Query q = em.createNativeQuery(sql.toString()).setParameter(1, workspaceId.value()).setParameter(2, clientId.value());
        if (before != null) {
            q.setParameter(3, beforeDate.toString()).setParameter(4, before.id());
        }
        List<Object[]> rows = q.getResultList();
        List<Object[]> shown = rows.size() > page.limit() ? rows.subList(0, page.limit()) : rows;
        List<WorkoutLog> logs = withSets(workspaceId, shown);
        String next = rows.size() > page.limit()
                ? new KeysetCursor(logs.get(logs.size() - 1).performedOn().toString(), logs.get(logs.size() - 1).id().value()).encode() : null;
        return new Page<>(logs, next);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PerformedSet> performedSets(WorkspaceId workspaceId, ClientId clientId, Set<ExerciseId> exercises, LocalDate from) {
        tenant.workspace(workspaceId);
        StringBuilder sql = new StringBuilder("select performed_on::text, exercise_id, set_type, load_kg, reps, effort_kind, effort_value "
                + "from workout_set where workspace_id = ?1 and client_id = ?2 and done and reps is not null");
        if (exercises != null) {
            sql.append(" and exercise_id = any (cast(string_to_array(?3, ',') as uuid[]))");
        }
        if (from != null) {
            sql.append(" and performed_on >= cast(?4 as date)");
        }
        sql.append(" order by performed_on, log_id, position");
        Query q = em.createNativeQuery(sql.toString()).setParameter(1, workspaceId.value()).setParameter(2, clientId.value());
        if (exercises != null) {
            q.setParameter(3, exercises.stream().map(e -> e.value().toString()).collect(Collectors.joining(",")));
        }
        if (from != null) {
            q.setParameter(4, from.toString());
        }
        List<Object[]> rows = q.getResultList();
        List<PerformedSet> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new PerformedSet(LocalDate.parse(r[0].toString()), new ExerciseId(Rows.uuid(r[1])), SetType.valueOf(Rows.text(r[2])),
                    r[3] == null ? BigDecimal.ZERO : new BigDecimal(r[3].toString()), ((Number) r[4]).intValue(),
                    r[5] == null ? null : new Effort(Effort.Kind.valueOf(Rows.text(r[5])), new BigDecimal(r[6].toString()))));
        }
        return out;
    }

    /** The logs of {@code rows} with their sets, read in one more query. */
    @SuppressWarnings("unchecked")
    private List<WorkoutLog> withSets(WorkspaceId workspaceId, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids = rows.stream().map(r -> Rows.uuid(r[0]).toString()).collect(Collectors.joining(","));
        List<Object[]> sets = em.createNativeQuery("select " + SET_COLUMNS + " from workout_set where workspace_id = ?1 "
                        + "and log_id = any (cast(string_to_array(?2, ',') as uuid[])) order by log_id, position")
                .setParameter(1, workspaceId.value()).setParameter(2, ids).getResultList();
        Map<UUID, List<LoggedSet>> byLog = new HashMap<>();
        for (Object[] s : sets) {
            byLog.computeIfAbsent(Rows.uuid(s[1]), k -> new ArrayList<>()).add(set(s));
        }
        List<WorkoutLog> out = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = Rows.uuid(r[0]);
            UUID client = Rows.uuid(r[1]);
            String notes = r[6] == null ? null : cipher.decrypt(location(workspaceId.value(), client, id), (byte[]) r[6]).orElse(null);
            out.add(new WorkoutLog(new WorkoutLogId(id), workspaceId, new ClientId(client),
                    r[2] == null ? null : new AssignedProgramId(Rows.uuid(r[2])), r[3] == null ? null : new PlanKey(Rows.uuid(r[3])),
                    LocalDate.parse(r[4].toString()), r[5] == null ? null : ((Number) r[5]).intValue(), notes,
                    byLog.getOrDefault(id, List.of()), r[7] == null ? null : new PersonId(Rows.uuid(r[7])), Boolean.TRUE.equals(r[8]),
                    Rows.instant(r[9]), Rows.instant(r[10])));
        }
        return out;
    }

    private static LoggedSet set(Object[] s) {
        Load load = s[7] == null ? null : new Load(new BigDecimal(s[7].toString()).stripTrailingZeros(), LoadUnit.valueOf(Rows.text(s[8])));
        Effort effort = s[9] == null ? null : new Effort(Effort.Kind.valueOf(Rows.text(s[9])), new BigDecimal(s[10].toString()));
        SetPrescription target = s[12] == null ? null : PlanJson.readSet(s[12].toString());
        return new LoggedSet(Rows.uuid(s[0]), new ExerciseId(Rows.uuid(s[2])), SetType.valueOf(Rows.text(s[3])), integer(s[4]),
                integer(s[5]), integer(s[6]), load, effort, Boolean.TRUE.equals(s[11]), target);
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<com.coachkeep.training.domain.PlanKey> dayKeysLogged(WorkspaceId workspaceId,
            com.coachkeep.training.domain.AssignedProgramId programId) {
        tenant.workspace(workspaceId);
        List<Object> rows = em.createNativeQuery("select distinct day_key from workout_log where workspace_id = ?1 "
                        + "and program_id = ?2 and day_key is not null")
                .setParameter(1, workspaceId.value()).setParameter(2, programId.value()).getResultList();
        Set<com.coachkeep.training.domain.PlanKey> keys = new java.util.HashSet<>();
        rows.forEach(r -> keys.add(new com.coachkeep.training.domain.PlanKey(Rows.uuid(r))));
        return keys;
    }

    @Override
    public void lockRecords(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        // a transaction-scoped advisory lock on the client's records: released at commit or rollback, no row needed
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 0)) is null")
                .setParameter(1, "workout_record/" + workspaceId.value() + "/" + clientId.value()).getSingleResult();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PersonalRecord> keptRecords(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select exercise_id, performed_on::text, reps, kilograms from workout_record "
                        + "where workspace_id = ?1 and client_id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        List<PersonalRecord> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new PersonalRecord(new ExerciseId(Rows.uuid(r[0])), LocalDate.parse(r[1].toString()), ((Number) r[2]).intValue(),
                    new BigDecimal(r[3].toString())));
        }
        return out;
    }

    @Override
    public boolean hasRecordSets(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        // the partial index workout_set_record_idx answers it with one probe
        return !em.createNativeQuery("select 1 from workout_set where workspace_id = ?1 and client_id = ?2 and " + RECORD_SET + " limit 1")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList().isEmpty();
    }

    @Override
    public void keepRecords(WorkspaceId workspaceId, ClientId clientId, Set<ExerciseId> exercises, List<PersonalRecord> records) {
        tenant.workspace(workspaceId);
        Query delete = em.createNativeQuery("delete from workout_record where workspace_id = ?1 and client_id = ?2"
                        + (exercises == null ? "" : " and exercise_id = any (cast(string_to_array(?3, ',') as uuid[]))"))
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value());
        if (exercises != null) {
            delete.setParameter(3, exercises.stream().map(e -> e.value().toString()).collect(Collectors.joining(",")));
        }
        delete.executeUpdate();
        if (records.isEmpty()) {
            return;
        }
        // one statement for all: the records as parallel arrays
        em.createNativeQuery("insert into workout_record (workspace_id, client_id, exercise_id, reps, kilograms, performed_on) "
                        + "select ?1, ?2, r.e, r.n, r.k, r.d from unnest(cast(string_to_array(?3, ',') as uuid[]), "
                        + "cast(string_to_array(?4, ',') as integer[]), cast(string_to_array(?5, ',') as numeric[]), "
                        + "cast(string_to_array(?6, ',') as date[])) as r(e, n, k, d)")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value())
                .setParameter(3, records.stream().map(r -> r.exercise().value().toString()).collect(Collectors.joining(",")))
                .setParameter(4, records.stream().map(r -> Integer.toString(r.reps())).collect(Collectors.joining(",")))
                .setParameter(5, records.stream().map(r -> r.kilograms().toPlainString()).collect(Collectors.joining(",")))
                .setParameter(6, records.stream().map(r -> r.date().toString()).collect(Collectors.joining(",")))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<LocalDate> daysLogged(WorkspaceId workspaceId, ClientId clientId, LocalDate from, LocalDate to) {
        tenant.workspace(workspaceId);
        List<Object> rows = em.createNativeQuery("select distinct performed_on::text from workout_log where workspace_id = ?1 "
                        + "and client_id = ?2 and performed_on between cast(?3 as date) and cast(?4 as date)")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value())
                .setParameter(3, from.toString()).setParameter(4, to.toString()).getResultList();
        Set<LocalDate> days = new java.util.TreeSet<>();
        rows.forEach(r -> days.add(LocalDate.parse(r.toString())));
        return days;
    }
}
