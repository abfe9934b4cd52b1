package com.coachkeep.nutrition.application.service;

import com.coachkeep.nutrition.application.port.in.ComplianceView;
import com.coachkeep.nutrition.application.port.in.GetComplianceUseCase;
import com.coachkeep.nutrition.application.port.out.HabitRepository;
import com.coachkeep.nutrition.application.port.out.NutritionLogRepository;
import com.coachkeep.nutrition.application.port.out.NutritionTargetRepository;
import com.coachkeep.nutrition.application.port.out.WorkoutCompliancePort;
import com.coachkeep.nutrition.domain.Compliance;
import com.coachkeep.nutrition.domain.Habit;
import com.coachkeep.nutrition.domain.NutritionTarget;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Compliance over 7, 30 and 90 days from a fixed number of reads whatever the history's length: the settings (with
 * the workspace's zone), the targets, the logged days of the last 90 days (totals only), the habits and their
 * check-offs of the last 90 days; then every window is computed in memory. Workouts come from
 * {@link WorkoutCompliancePort}, the seam the training context fills.
 */
@ApplicationScoped
@Transactional
public class ComplianceService implements GetComplianceUseCase {
    private final NutritionClients clients;
    private final NutritionTargetRepository targets;
    private final NutritionLogRepository logs;
    private final HabitRepository habits;
    private final WorkoutCompliancePort workouts;

    @Inject
    public ComplianceService(NutritionClients clients, NutritionTargetRepository targets, NutritionLogRepository logs,
            HabitRepository habits, WorkoutCompliancePort workouts) {
        this.clients = clients;
        this.targets = targets;
        this.logs = logs;
        this.habits = habits;
        this.workouts = workouts;
    }

    protected ComplianceService() {
        this(null, null, null, null, null);
    }

    @Override
    public ComplianceView compliance(Actor actor, ClientId clientId) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_READ, Permission.SELF_READ);
        NutritionClients.Calendar calendar = clients.calendar(actor, client);
        LocalDate today = calendar.today();
        int longest = Compliance.WINDOWS.get(Compliance.WINDOWS.size() - 1);
        LocalDate from = today.minusDays(longest - 1L);
        List<NutritionTarget> history = targets.history(actor.workspaceId(), client);
        Map<LocalDate, Compliance.LoggedDay> logged = new HashMap<>();
        logs.loggedDays(actor.workspaceId(), client, from, today).forEach(d -> logged.put(d.day(), d));
        List<Habit> all = habits.schedulesOf(actor.workspaceId(), client);
        Map<UUID, Set<LocalDate>> done = all.isEmpty() ? Map.of() : habits.checkOffs(actor.workspaceId(), client, from, today);
        Optional<List<WorkoutCompliancePort.Figure>> workoutFigures = workouts.measure(actor, client, today, Compliance.WINDOWS);
        List<ComplianceView.Window> windows = new ArrayList<>();
        for (int days : Compliance.WINDOWS) {
            ComplianceView.Workouts w = workoutFigures.flatMap(list -> list.stream().filter(f -> f.days() == days).findFirst())
                    .map(f -> new ComplianceView.Workouts(f.scheduled(), f.done())).orElse(null);
            windows.add(new ComplianceView.Window(days, today.minusDays(days - 1L), today,
                    Compliance.nutrition(history, logged, calendar.settings().tolerance(), today, days),
                    Compliance.habits(all, done, today, days), w));
        }
        return new ComplianceView(today, calendar.settings().zone().getId(), List.copyOf(windows));
    }
}
