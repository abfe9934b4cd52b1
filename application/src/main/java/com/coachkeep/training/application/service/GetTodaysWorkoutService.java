package com.coachkeep.training.application.service;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.training.application.port.in.GetTodaysWorkoutUseCase;
import com.coachkeep.training.application.port.out.AssignedProgramRepository;
import com.coachkeep.training.application.port.out.WorkoutLogRepository;
import com.coachkeep.training.domain.AssignedProgram;
import com.coachkeep.training.domain.Block;
import com.coachkeep.training.domain.BlockEntry;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.PerformedSet;
import com.coachkeep.training.domain.PlateMath;
import com.coachkeep.training.domain.ProgramSchedule;
import com.coachkeep.training.domain.SetPrescription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Today's workout": the day of the client's newest running program on the date (for a sequence program, its first
 * training day not yet logged: one more read), its percentage loads resolved from
 * the client's current estimated one-rep max (the best RIR-adjusted Epley estimate of the last 180 days; a training
 * max is taken as 90 % of it) and rounded to what a 20 kg bar and standard plates make. Three reads: the client, their
 * programs, the recent sets of the day's exercises.
 */
@ApplicationScoped
@Transactional
public class GetTodaysWorkoutService implements GetTodaysWorkoutUseCase {
    static final int ESTIMATE_DAYS = 180;
    static final BigDecimal TRAINING_MAX_SHARE = new BigDecimal("0.9");

    private final AssignedProgramRepository programs;
    private final WorkoutLogRepository logs;
    private final TrainingClients clients;

    @Inject
    public GetTodaysWorkoutService(AssignedProgramRepository programs, WorkoutLogRepository logs, TrainingClients clients) {
        this.programs = programs;
        this.logs = logs;
        this.clients = clients;
    }

    protected GetTodaysWorkoutService() {
        this(null, null, null);
    }

    @Override
    public TodaysWorkout today(Actor actor, ClientId clientId, LocalDate date) {
        if (!actor.has(Permission.PROGRAMS_READ) && !actor.has(Permission.SELF_READ)) {
            throw new AccessDeniedException(Permission.PROGRAMS_READ);
        }
        ClientView client = clients.visible(actor, clientId);
        clients.requireNotPaused(actor, client.id());
        AssignedProgram running = null;
        AssignedProgram.ScheduledDay scheduled = null;
        for (AssignedProgram p : programs.forClient(actor.workspaceId(), client.id())) {
            Optional<AssignedProgram.ScheduledDay> d = p.schedule() == ProgramSchedule.SEQUENCE
                    ? (date.isBefore(p.startDate()) ? Optional.empty() : p.nextInSequence(date, logs.dayKeysLogged(actor.workspaceId(), p.id())))
                    : p.dayOn(date);
            if (d.isPresent()) {
                running = p;
                scheduled = d.get();
                break;
            }
        }
        if (running == null) {
            return new TodaysWorkout(date, null, null, null, null, null, Map.of(), Map.of());
        }
        Set<ExerciseId> named = scheduled.programDay().blocks().stream().flatMap(b -> b.entries().stream())
                .map(BlockEntry::exercise).collect(Collectors.toSet());
        Map<ExerciseId, Double> best = new HashMap<>();
        if (!named.isEmpty()) {
            for (PerformedSet s : logs.performedSets(actor.workspaceId(), client.id(), named, date.minusDays(ESTIMATE_DAYS))) {
                double e = s.type().counts() ? s.estimatedOneRepMax(WorkoutLogService.FORMULA) : Double.NaN;
                if (!Double.isNaN(e) && !s.date().isAfter(date)) {
                    best.merge(s.exercise(), e, Math::max);
                }
            }
        }
        Map<ExerciseId, BigDecimal> estimates = new LinkedHashMap<>();
        best.forEach((k, v) -> estimates.put(k, BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN)));
        PlateMath plates = PlateMath.standardKilograms();
        Map<String, List<PlateMath.Loading>> loads = new LinkedHashMap<>();
        for (Block b : scheduled.programDay().blocks()) {
            for (BlockEntry e : b.entries()) {
                BigDecimal max = estimates.get(e.exercise());
                BigDecimal trainingMax = max == null ? null : max.multiply(TRAINING_MAX_SHARE);
                List<PlateMath.Loading> perSet = new ArrayList<>();
                for (SetPrescription s : e.sets()) {
                    perSet.add(s.load() == null ? null : s.load().resolve(max, trainingMax, plates).orElse(null));
                }
                loads.put(e.key().toString(), perSet);
            }
        }
        return new TodaysWorkout(date, running.id(), running.name(), scheduled.week(), scheduled.day(), scheduled.programDay(), loads,
                estimates);
    }
}
