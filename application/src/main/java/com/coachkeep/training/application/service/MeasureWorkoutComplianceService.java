package com.coachkeep.training.application.service;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.training.application.port.in.MeasureWorkoutComplianceUseCase;
import com.coachkeep.training.application.port.out.AssignedProgramRepository;
import com.coachkeep.training.application.port.out.WorkoutLogRepository;
import com.coachkeep.training.domain.AssignedProgram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A day is scheduled when the client's newest program running that day (as "today's workout" picks it) has a training
 * day there; a day is done when a workout is logged on it, scheduled or not (a session moved to a rest day counts).
 */
@ApplicationScoped
@Transactional
public class MeasureWorkoutComplianceService implements MeasureWorkoutComplianceUseCase {
    private final AssignedProgramRepository programs;
    private final WorkoutLogRepository logs;
    private final TrainingClients clients;

    @Inject
    public MeasureWorkoutComplianceService(AssignedProgramRepository programs, WorkoutLogRepository logs, TrainingClients clients) {
        this.programs = programs;
        this.logs = logs;
        this.clients = clients;
    }

    protected MeasureWorkoutComplianceService() {
        this(null, null, null);
    }

    @Override
    public Optional<List<WindowCount>> measure(Actor actor, ClientId clientId, LocalDate today, List<Integer> windows) {
        if (!actor.has(Permission.PROGRAMS_READ) && !actor.has(Permission.SELF_READ)) {
            return Optional.empty();
        }
        ClientId client = clients.visible(actor, clientId).id();
        int longest = windows.isEmpty() ? 0 : Collections.max(windows);
        if (longest <= 0) {
            return Optional.of(List.of());
        }
        LocalDate from = today.minusDays(longest - 1L);
        List<AssignedProgram> running = programs.forClient(actor.workspaceId(), client);
        Set<LocalDate> logged = logs.daysLogged(actor.workspaceId(), client, from, today);
        List<WindowCount> counts = new ArrayList<>();
        for (int days : windows) {
            LocalDate start = today.minusDays(days - 1L);
            int scheduled = 0;
            int done = 0;
            for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
                if (trainingDay(running, d)) {
                    scheduled++;
                }
                if (logged.contains(d)) {
                    done++;
                }
            }
            counts.add(new WindowCount(days, done, scheduled));
        }
        return Optional.of(List.copyOf(counts));
    }

    private static boolean trainingDay(List<AssignedProgram> running, LocalDate date) {
        for (AssignedProgram p : running) {
            Optional<AssignedProgram.ScheduledDay> d = p.dayOn(date);
            if (d.isPresent()) {
                return !d.get().programDay().restDay();
            }
        }
        return false;
    }
}
