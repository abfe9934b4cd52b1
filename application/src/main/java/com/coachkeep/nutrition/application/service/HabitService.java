package com.coachkeep.nutrition.application.service;

import com.coachkeep.nutrition.application.port.in.ArchiveHabitUseCase;
import com.coachkeep.nutrition.application.port.in.AssignHabitUseCase;
import com.coachkeep.nutrition.application.port.in.CheckOffHabitUseCase;
import com.coachkeep.nutrition.application.port.in.HabitAssignedView;
import com.coachkeep.nutrition.application.port.in.HabitInput;
import com.coachkeep.nutrition.application.port.in.HabitView;
import com.coachkeep.nutrition.application.port.in.ListHabitsUseCase;
import com.coachkeep.nutrition.application.port.out.HabitRepository;
import com.coachkeep.nutrition.domain.Habit;
import com.coachkeep.nutrition.domain.HabitProgress;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Habits: assigned, edited and archived by staff who manage nutrition; checked off by the client day by day in their
 * own calendar (or by staff on their behalf, audited); read with streaks and adherence by both.
 */
@ApplicationScoped
@Transactional
public class HabitService implements AssignHabitUseCase, ArchiveHabitUseCase, ListHabitsUseCase, CheckOffHabitUseCase {
    /** How far back a habit's view looks for its streak and check-offs. */
    static final int HISTORY_DAYS = 90;

    private final HabitRepository habits;
    private final NutritionClients clients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public HabitService(HabitRepository habits, NutritionClients clients, AuditTrail audit, Clock clock) {
        this.habits = habits;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    protected HabitService() {
        this(null, null, null, null);
    }

    @Override
    public HabitAssignedView assign(Actor actor, ClientId clientId, UUID habitId, HabitInput in, Long expectedVersion) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_MANAGE, null);
        NutritionClients.Calendar calendar = clients.calendar(actor, client);
        if (in == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        Habit.Definition d = Habit.define(in.title(), in.description(), in.kind(), in.timesPerWeek(), in.weekdays(), in.startsOn(),
                calendar.today());
        Instant now = clock.instant();
        var stored = habits.find(actor.workspaceId(), client, habitId);
        Habit habit;
        if (stored.isEmpty()) {
            if (habits.idTaken(actor.workspaceId(), habitId)) {
                throw new ConflictException("id-taken", "This habit id is in use; choose a new UUID.");
            }
            if (expectedVersion != null) {
                throw new NotFoundException("habit");
            }
            habit = Habit.assign(habitId, actor.workspaceId(), client, d, actor.personId(), now);
            habits.save(habit, true);
            audit.record(AuditRecord.of(actor, "habit.assigned").target("client", client).detail("habit", habitId.toString()));
        } else {
            StaleVersionException.check(expectedVersion, stored.get().version());
            habit = stored.get().edit(d, now);
            if (!sameDefinition(stored.get(), habit)) {
                habits.save(habit, false);
            } else {
                habit = stored.get();
            }
        }
        return new HabitAssignedView(view(actor, client, habit, calendar.today()), stored.isEmpty());
    }

    private static boolean sameDefinition(Habit a, Habit b) {
        return a.title().equals(b.title()) && java.util.Objects.equals(a.description(), b.description())
                && a.schedule().equals(b.schedule()) && a.startsOn().equals(b.startsOn());
    }

    @Override
    public HabitView archive(Actor actor, ClientId clientId, UUID habitId) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_MANAGE, null);
        LocalDate today = clients.calendar(actor, client).today();
        Habit habit = habits.find(actor.workspaceId(), client, habitId).orElseThrow(() -> new NotFoundException("habit"));
        if (!habit.archived()) {
            habit = habit.archive(today, clock.instant());
            habits.save(habit, false);
            audit.record(AuditRecord.of(actor, "habit.archived").target("client", client).detail("habit", habitId.toString()));
        }
        return view(actor, client, habit, today);
    }

    @Override
    public List<HabitView> list(Actor actor, ClientId clientId, boolean includeArchived) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_READ, Permission.SELF_READ);
        LocalDate today = clients.calendar(actor, client).today();
        List<Habit> all = habits.ofClient(actor.workspaceId(), client, includeArchived);
        Map<UUID, Set<LocalDate>> done = habits.checkOffs(actor.workspaceId(), client, today.minusDays(HISTORY_DAYS - 1L), today.plusDays(1));
        return all.stream().map(h -> view(h, done.getOrDefault(h.id(), Set.of()), today)).toList();
    }

    @Override
    public HabitView get(Actor actor, ClientId clientId, UUID habitId) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_READ, Permission.SELF_READ);
        LocalDate today = clients.calendar(actor, client).today();
        Habit habit = habits.find(actor.workspaceId(), client, habitId).orElseThrow(() -> new NotFoundException("habit"));
        return view(actor, client, habit, today);
    }

    @Override
    public HabitView checkOff(Actor actor, ClientId clientId, UUID habitId, String dayText, Boolean done) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_MANAGE, Permission.SELF_WRITE);
        LocalDate today = clients.calendar(actor, client).today();
        Habit habit = habits.find(actor.workspaceId(), client, habitId).orElseThrow(() -> new NotFoundException("habit"));
        com.coachkeep.shared.domain.Validator v = new com.coachkeep.shared.domain.Validator();
        LocalDate day = v.check("day", dayText, NutritionLogService::date);
        v.require(done != null, "done", "is required");
        v.throwIfInvalid();
        // one day ahead of the stored zone is accepted: a client travelling east is ahead of it
        if (!habit.acceptsCheckOff(day, today.plusDays(1))) {
            throw InvalidInputException.of("day", "must be a day the habit is due in the client's calendar: from " + habit.startsOn()
                    + (habit.archivedOn() == null ? "" : " until before " + habit.archivedOn()) + ", not after " + today.plusDays(1));
        }
        habits.checkOff(actor.workspaceId(), client, habitId, day, done, actor.personId(), clock.instant());
        if (actor.staff()) {
            audit.record(AuditRecord.of(actor, "habit.checked_off_on_behalf").target("client", client).detail("habit", habitId.toString())
                    .detail("day", day.toString()).detail("done", done));
        }
        return view(actor, client, habit, today);
    }

    private HabitView view(Actor actor, ClientId client, Habit habit, LocalDate today) {
        Map<UUID, Set<LocalDate>> done = habits.checkOffs(actor.workspaceId(), client, today.minusDays(HISTORY_DAYS - 1L), today.plusDays(1));
        return view(habit, done.getOrDefault(habit.id(), Set.of()), today);
    }

    static HabitView view(Habit h, Set<LocalDate> done, LocalDate today) {
        LocalDate since = today.minusDays(HISTORY_DAYS - 1L).isBefore(h.startsOn()) ? h.startsOn() : today.minusDays(HISTORY_DAYS - 1L);
        LocalDate last = h.lastDueDay(today);
        int streak = last.isBefore(since) ? 0 : HabitProgress.streak(h.schedule(), done, since, last);
        double a7 = h.progress(done, today, 7).ratio();
        double a30 = h.progress(done, today, 30).ratio();
        return new HabitView(h, streak, a7, a30, done.contains(today), done.stream().sorted().toList(), today);
    }
}
