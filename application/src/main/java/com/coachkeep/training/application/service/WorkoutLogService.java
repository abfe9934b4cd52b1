package com.coachkeep.training.application.service;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Violation;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.in.LogWorkoutCommand;
import com.coachkeep.training.application.port.in.LogWorkoutUseCase;
import com.coachkeep.training.application.port.in.ReadTrainingHistoryUseCase;
import com.coachkeep.training.application.port.in.WorkoutLogView;
import com.coachkeep.training.application.port.out.AssignedProgramRepository;
import com.coachkeep.training.application.port.out.PrescribedExercisesPort;
import com.coachkeep.training.application.port.out.WorkoutLogRepository;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.LoggedSet;
import com.coachkeep.training.domain.Muscle;
import com.coachkeep.training.domain.OneRepMaxFormula;
import com.coachkeep.training.domain.PerformedSet;
import com.coachkeep.training.domain.PersonalRecord;
import com.coachkeep.training.domain.WeeklyVolume;
import com.coachkeep.training.domain.WorkoutLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Workout logs and what is read from them. A client logs their own workouts ({@code self_write}); staff with
 * {@code programs_manage} log on a client's behalf, which the log and the audit trail record. Records and estimates
 * use the RIR-adjusted Epley formula ({@link OneRepMaxFormula#EPLEY}).
 *
 * <p>The standing records are kept, not recomputed on each read: writing a log recomputes the records of the
 * exercises it names (and of those the log it replaces named, so an edit that removes a record's set corrects it) from
 * their history, under the client's record lock, and stores them; reading them is one read of the kept rows, however
 * long the history. A client whose sets were written before records were kept (or by a path that does not keep them)
 * has sets that can hold a record but no kept row: their records are computed from every set once, at the next read or
 * write, and kept from then on.
 */
@ApplicationScoped
@Transactional
public class WorkoutLogService implements LogWorkoutUseCase, ReadTrainingHistoryUseCase {
    static final OneRepMaxFormula FORMULA = OneRepMaxFormula.EPLEY;
    static final int MAX_VOLUME_WEEKS = 104;

    private final WorkoutLogRepository logs;
    private final AssignedProgramRepository programs;
    private final PrescribedExercisesPort exercises;
    private final TrainingClients clients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public WorkoutLogService(WorkoutLogRepository logs, AssignedProgramRepository programs, PrescribedExercisesPort exercises,
            TrainingClients clients, AuditTrail audit, Clock clock) {
        this.logs = logs;
        this.programs = programs;
        this.exercises = exercises;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    protected WorkoutLogService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public WorkoutLogView log(Actor actor, LogWorkoutCommand c) {
        requireWriter(actor);
        ClientView client = clients.visible(actor, c.clientId());
        clients.requireNotPaused(actor, client.id());
        return store(actor, prepare(actor, client.id(), c, ""));
    }

    @Override
    public List<WorkoutLogView> logBatch(Actor actor, ClientId clientId, List<LogWorkoutCommand> commands) {
        requireWriter(actor);
        ClientView client = clients.visible(actor, clientId);
        clients.requireNotPaused(actor, client.id());
        if (commands == null || commands.isEmpty() || commands.size() > MAX_BATCH) {
            throw InvalidInputException.of("logs", "must hold 1 to " + MAX_BATCH + " logs");
        }
        Set<Object> ids = new java.util.HashSet<>();
        for (int i = 0; i < commands.size(); i++) {
            if (!ids.add(commands.get(i).logId())) {
                throw InvalidInputException.of("logs[" + i + "].id", "is used twice in this batch");
            }
        }
        // every log is checked before any is stored, so a batch is stored whole or not at all
        List<Prepared> prepared = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Set<UUID> setIds = new java.util.HashSet<>();
        for (int i = 0; i < commands.size(); i++) {
            try {
                Prepared p = prepare(actor, client.id(), commands.get(i), "logs[" + i + "].");
                for (int j = 0; j < p.log().sets().size(); j++) {
                    if (!setIds.add(p.log().sets().get(j).id())) {
                        violations.add(new Violation("logs[" + i + "].sets[" + j + "].id", "is used by another log of this batch"));
                    }
                }
                prepared.add(p);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return prepared.stream().map(p -> store(actor, p)).toList();
    }

    /** A log checked against every rule and ready to store; {@code existing} is the log it replaces, if any. */
    private record Prepared(WorkoutLog log, Optional<WorkoutLog> existing, Set<ExerciseId> named) {
    }

    private Prepared prepare(Actor actor, ClientId clientId, LogWorkoutCommand c, String prefix) {
        Instant now = clock.instant();
        Optional<WorkoutLog> existing = logs.find(actor.workspaceId(), c.logId());
        if (existing.isPresent() && !existing.get().clientId().equals(clientId)) {
            throw new ConflictException("workout-log-id-in-use", "This log id belongs to another client's log: make a new id.");
        }
        String notes = c.notes() == null || c.notes().isBlank() ? null : c.notes().strip();
        WorkoutLog log = new WorkoutLog(c.logId(), actor.workspaceId(), clientId, c.programId(), c.dayKey(), c.performedOn(),
                c.durationSeconds(), notes, c.sets(), actor.personId(), actor.staff(),
                existing.map(WorkoutLog::createdAt).orElse(now), now);
        try {
            log.validate(LocalDate.ofInstant(now, ZoneOffset.UTC));
        } catch (InvalidInputException e) {
            throw prefixed(prefix, e);
        }
        List<Violation> violations = new ArrayList<>();
        if (c.programId() != null && programs.find(actor.workspaceId(), c.programId()).filter(p -> p.clientId().equals(clientId)).isEmpty()) {
            violations.add(new Violation(prefix + "programId", "is not a program of this client"));
        }
        Set<ExerciseId> named = log.sets().stream().map(LoggedSet::exercise).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<ExerciseId> unknown = named.isEmpty() ? Set.of() : exercises.unknown(actor.workspaceId(), named);
        Set<UUID> setIds = log.sets().stream().map(LoggedSet::id).collect(Collectors.toSet());
        Set<UUID> taken = setIds.isEmpty() ? Set.of() : logs.setIdsOfOtherLogs(actor.workspaceId(), log.id(), setIds);
        for (int i = 0; i < log.sets().size(); i++) {
            LoggedSet s = log.sets().get(i);
            if (unknown.contains(s.exercise())) {
                violations.add(new Violation(prefix + "sets[" + i + "].exerciseId", "is not an exercise of the catalogue or of this workspace"));
            }
            if (taken.contains(s.id())) {
                violations.add(new Violation(prefix + "sets[" + i + "].id", "belongs to a set of another log: make a new id"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Prepared(log, existing, named);
    }

    private WorkoutLogView store(Actor actor, Prepared p) {
        WorkoutLog log = p.log();
        Optional<WorkoutLog> existing = p.existing();
        Set<ExerciseId> named = p.named();
        ClientId clientId = log.clientId();
        WorkspaceId workspaceId = actor.workspaceId();
        logs.lockRecords(workspaceId, clientId);
        // kept records are complete, or there are none to keep yet; otherwise this write computes every exercise's once
        boolean kept = !logs.keptRecords(workspaceId, clientId).isEmpty() || !logs.hasRecordSets(workspaceId, clientId);
        Set<ExerciseId> affected = new LinkedHashSet<>(named);
        existing.ifPresent(old -> old.sets().forEach(s -> affected.add(s.exercise())));
        logs.save(log, existing.isPresent());
        // read after the save: the history holds this log's sets and no longer the ones it replaced
        List<PerformedSet> history = kept && affected.isEmpty() ? List.of()
                : logs.performedSets(workspaceId, clientId, kept ? affected : null, null);
        List<PersonalRecord> records = new ArrayList<>();
        List<PerformedSet> earlier = new ArrayList<>(history.stream()
                .filter(h -> named.contains(h.exercise()) && h.date().isBefore(log.performedOn())).toList());
        for (PerformedSet set : log.performed()) {
            records.addAll(PersonalRecord.brokenBy(set, earlier, FORMULA));
            earlier.add(set);
        }
        if (!kept || !affected.isEmpty()) {
            logs.keepRecords(workspaceId, clientId, kept ? affected : null, currentRecords(history));
        }
        if (actor.staff()) {
            audit.record(AuditRecord.of(actor, "workout.logged_on_behalf").target("client", clientId).detail("log", log.id())
                    .detail("replaced", existing.isPresent()));
        }
        return new WorkoutLogView(log, existing.isEmpty(), records);
    }

    @Override
    public Page<WorkoutLog> logs(Actor actor, ClientId clientId, PageRequest page) {
        requireReader(actor);
        ClientView client = clients.visible(actor, clientId);
        return logs.list(actor.workspaceId(), client.id(), page);
    }

    @Override
    public List<SessionView> exerciseHistory(Actor actor, ClientId clientId, ExerciseId exercise) {
        requireReader(actor);
        ClientView client = clients.visible(actor, clientId);
        Map<LocalDate, List<PerformedSet>> byDate = new TreeMap<>();
        for (PerformedSet s : logs.performedSets(actor.workspaceId(), client.id(), Set.of(exercise), null)) {
            byDate.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
        }
        List<SessionView> out = new ArrayList<>();
        byDate.forEach((date, sets) -> {
            double best = sets.stream().filter(s -> s.type().counts()).mapToDouble(s -> s.estimatedOneRepMax(FORMULA))
                    .filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
            out.add(new SessionView(date, sets.stream().map(s -> new SetView(s.reps(), s.kilograms(),
                    s.effort() == null ? null : s.effort().kind().name().toLowerCase(java.util.Locale.ROOT) + " " + s.effort().value().toPlainString(),
                    s.type().name().toLowerCase(java.util.Locale.ROOT))).toList(),
                    Double.isNaN(best) ? null : BigDecimal.valueOf(best).setScale(1, RoundingMode.HALF_EVEN)));
        });
        return out;
    }

    @Override
    public List<PersonalRecord> records(Actor actor, ClientId clientId) {
        requireReader(actor);
        ClientView client = clients.visible(actor, clientId);
        WorkspaceId workspaceId = actor.workspaceId();
        List<PersonalRecord> kept = logs.keptRecords(workspaceId, client.id());
        if (kept.isEmpty() && logs.hasRecordSets(workspaceId, client.id())) {
            // sets from before records were kept: computed once from every set, and kept
            logs.lockRecords(workspaceId, client.id());
            kept = logs.keptRecords(workspaceId, client.id());
            if (kept.isEmpty()) {
                kept = currentRecords(logs.performedSets(workspaceId, client.id(), null, null));
                logs.keepRecords(workspaceId, client.id(), null, kept);
            }
        }
        return ordered(kept);
    }

    /** Records in the order {@link #currentRecords} gives them: by exercise, then rep count (the estimate first). */
    static List<PersonalRecord> ordered(List<PersonalRecord> records) {
        return records.stream().sorted(Comparator.comparing((PersonalRecord r) -> r.exercise().toString())
                .thenComparingInt(PersonalRecord::reps)).toList();
    }

    /** The records standing now: per exercise, the heaviest load per rep count (first reached) and the best estimate. */
    static List<PersonalRecord> currentRecords(List<PerformedSet> sets) {
        Map<String, PersonalRecord> best = new TreeMap<>();
        Map<ExerciseId, Double> bestEstimate = new HashMap<>();
        sets.stream().sorted(Comparator.comparing(PerformedSet::date)).forEach(s -> {
            if (!s.type().counts() || s.reps() < 1 || s.kilograms().signum() <= 0) {
                return;
            }
            String key = s.exercise() + "/" + String.format("%03d", s.reps());
            PersonalRecord held = best.get(key);
            if (held == null || s.kilograms().compareTo(held.kilograms()) > 0) {
                best.put(key, new PersonalRecord(s.exercise(), s.date(), s.reps(), s.kilograms()));
            }
            double e = s.estimatedOneRepMax(FORMULA);
            if (!Double.isNaN(e) && e > bestEstimate.getOrDefault(s.exercise(), 0.0) + 1e-9) {
                bestEstimate.put(s.exercise(), e);
                best.put(s.exercise() + "/000", new PersonalRecord(s.exercise(), s.date(), 0,
                        BigDecimal.valueOf(e).setScale(1, RoundingMode.HALF_EVEN)));
            }
        });
        return List.copyOf(best.values());
    }

    @Override
    public Map<LocalDate, Map<Muscle, Double>> weeklyVolume(Actor actor, ClientId clientId, LocalDate from, LocalDate to) {
        requireReader(actor);
        ClientView client = clients.visible(actor, clientId);
        LocalDate end = to == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : to;
        LocalDate start = (from == null ? end.minusWeeks(7) : from).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "must not be after to");
        }
        if (ChronoUnit.WEEKS.between(start, end) >= MAX_VOLUME_WEEKS) {
            throw InvalidInputException.of("from", "at most " + MAX_VOLUME_WEEKS + " weeks at a time");
        }
        List<PerformedSet> sets = logs.performedSets(actor.workspaceId(), client.id(), null, start).stream()
                .filter(s -> !s.date().isAfter(end)).toList();
        Set<ExerciseId> named = sets.stream().map(PerformedSet::exercise).collect(Collectors.toSet());
        Map<ExerciseId, WeeklyVolume.Targets> targets = named.isEmpty() ? Map.of() : exercises.targets(actor.workspaceId(), named);
        return WeeklyVolume.of(sets, targets::get);
    }

    private static InvalidInputException prefixed(String prefix, InvalidInputException e) {
        return prefix.isEmpty() ? e
                : new InvalidInputException(e.violations().stream().map(v -> new Violation(prefix + v.field(), v.message())).toList());
    }

    private static void requireWriter(Actor actor) {
        if (!actor.has(Permission.PROGRAMS_MANAGE) && !actor.has(Permission.SELF_WRITE)) {
            throw new AccessDeniedException(Permission.SELF_WRITE);
        }
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Permission.PROGRAMS_READ) && !actor.has(Permission.SELF_READ)) {
            throw new AccessDeniedException(Permission.PROGRAMS_READ);
        }
    }
}
