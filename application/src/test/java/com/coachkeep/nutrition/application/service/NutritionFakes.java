package com.coachkeep.nutrition.application.service;

import com.coachkeep.nutrition.application.port.out.HabitRepository;
import com.coachkeep.nutrition.application.port.out.NutritionLogRepository;
import com.coachkeep.nutrition.application.port.out.NutritionSettingsRepository;
import com.coachkeep.nutrition.application.port.out.NutritionTargetRepository;
import com.coachkeep.nutrition.domain.Compliance.LoggedDay;
import com.coachkeep.nutrition.domain.Habit;
import com.coachkeep.nutrition.domain.NutritionLog;
import com.coachkeep.nutrition.domain.NutritionSettings;
import com.coachkeep.nutrition.domain.NutritionTarget;
import com.coachkeep.nutrition.domain.Tolerance;
import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** In-memory fakes of the nutrition context's outgoing ports and of the roster's client look-up. */
final class NutritionFakes {
    private NutritionFakes() {
    }

    /** The roster's answer: a client visible to staff who read all or are assigned, and to the client themself. */
    static final class Roster implements GetClientUseCase {
        record Entry(PersonId person, MembershipId coach) {
        }

        final Map<ClientId, Entry> clients = new HashMap<>();
        int reads;

        @Override
        public ClientView get(Actor actor, ClientId id) {
            reads++;
            Entry e = clients.get(id);
            boolean visible = e != null && (actor.staff()
                    ? actor.has(Permission.CLIENTS_READ_ALL) || actor.membershipId().equals(e.coach())
                    : e.person().equals(actor.personId()));
            if (!visible) {
                throw new NotFoundException("client");
            }
            return new ClientView(id, "Client", "c@example.com", "active", e.coach(), List.of(), true, Instant.EPOCH, Instant.EPOCH, 0);
        }

        @Override
        public ClientView getOwn(Actor actor) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Targets implements NutritionTargetRepository {
        final List<NutritionTarget> rows = new ArrayList<>();
        int reads;

        @Override
        public void add(NutritionTarget t) {
            rows.removeIf(x -> x.clientId().equals(t.clientId()) && x.dayType() == t.dayType() && x.effectiveFrom().equals(t.effectiveFrom()));
            rows.add(t);
        }

        @Override
        public List<NutritionTarget> history(WorkspaceId workspaceId, ClientId clientId) {
            reads++;
            return rows.stream().filter(t -> t.workspaceId().equals(workspaceId) && t.clientId().equals(clientId))
                    .sorted(Comparator.comparing(NutritionTarget::effectiveFrom)).toList();
        }
    }

    static final class Settings implements NutritionSettingsRepository {
        final Map<ClientId, NutritionSettings> rows = new HashMap<>();
        ZoneId workspaceZone = ZoneId.of("Europe/Berlin");
        int reads;

        @Override
        public NutritionSettings find(WorkspaceId workspaceId, ClientId clientId) {
            reads++;
            NutritionSettings s = rows.get(clientId);
            return s == null ? new NutritionSettings(clientId, Tolerance.DEFAULT, null, workspaceZone, 0)
                    : new NutritionSettings(clientId, s.tolerance(), s.clientZone(), workspaceZone, s.version());
        }

        @Override
        public void saveTolerance(WorkspaceId workspaceId, ClientId clientId, Tolerance tolerance, Instant at) {
            NutritionSettings s = find(workspaceId, clientId);
            rows.put(clientId, new NutritionSettings(clientId, tolerance, s.clientZone(), workspaceZone, s.version() + 1));
        }

        @Override
        public void saveTimeZone(WorkspaceId workspaceId, ClientId clientId, ZoneId zone, Instant at) {
            NutritionSettings s = find(workspaceId, clientId);
            rows.put(clientId, new NutritionSettings(clientId, s.tolerance(), zone, workspaceZone, s.version() + 1));
        }
    }

    static final class Logs implements NutritionLogRepository {
        final Map<UUID, NutritionLog> rows = new LinkedHashMap<>();
        int reads;

        @Override
        public Optional<NutritionLog> find(WorkspaceId workspaceId, ClientId clientId, UUID id) {
            reads++;
            NutritionLog l = rows.get(id);
            return l != null && l.workspaceId().equals(workspaceId) && l.clientId().equals(clientId) ? Optional.of(l) : Optional.empty();
        }

        @Override
        public boolean idTaken(WorkspaceId workspaceId, UUID id) {
            return rows.containsKey(id);
        }

        @Override
        public Optional<UUID> idOfDay(WorkspaceId workspaceId, ClientId clientId, LocalDate day) {
            return rows.values().stream().filter(l -> l.clientId().equals(clientId) && l.day().equals(day)).map(NutritionLog::id).findFirst();
        }

        @Override
        public void save(NutritionLog log, boolean isNew) {
            rows.put(log.id(), log);
        }

        @Override
        public List<NutritionLog> between(WorkspaceId workspaceId, ClientId clientId, LocalDate from, LocalDate to) {
            reads++;
            return rows.values().stream().filter(l -> l.clientId().equals(clientId) && !l.day().isBefore(from) && !l.day().isAfter(to))
                    .sorted(Comparator.comparing(NutritionLog::day)).toList();
        }

        @Override
        public List<LoggedDay> loggedDays(WorkspaceId workspaceId, ClientId clientId, LocalDate from, LocalDate to) {
            reads++;
            return rows.values().stream().filter(l -> l.clientId().equals(clientId) && !l.day().isBefore(from) && !l.day().isAfter(to)).map(l -> new LoggedDay(l.day(), l.dayType(), l.totals())).toList();
        }
    }

    static final class Habits implements HabitRepository {
        final Map<UUID, Habit> rows = new LinkedHashMap<>();
        final Map<UUID, Set<LocalDate>> done = new HashMap<>();
        int reads;

        @Override
        public Optional<Habit> find(WorkspaceId workspaceId, ClientId clientId, UUID id) {
            Habit h = rows.get(id);
            return h != null && h.clientId().equals(clientId) ? Optional.of(h) : Optional.empty();
        }

        @Override
        public boolean idTaken(WorkspaceId workspaceId, UUID id) {
            return rows.containsKey(id);
        }

        @Override
        public void save(Habit habit, boolean isNew) {
            rows.put(habit.id(), habit);
        }

        @Override
        public List<Habit> ofClient(WorkspaceId workspaceId, ClientId clientId, boolean includeArchived) {
            reads++;
            return rows.values().stream().filter(h -> h.clientId().equals(clientId) && (includeArchived || !h.archived())).toList();
        }

        @Override
        public List<Habit> schedulesOf(WorkspaceId workspaceId, ClientId clientId) {
            return ofClient(workspaceId, clientId, true);
        }

        @Override
        public Map<UUID, Set<LocalDate>> checkOffs(WorkspaceId workspaceId, ClientId clientId, LocalDate from, LocalDate to) {
            reads++;
            Map<UUID, Set<LocalDate>> out = new HashMap<>();
            done.forEach((id, days) -> {
                if (rows.get(id).clientId().equals(clientId)) {
                    Set<LocalDate> in = new TreeSet<>();
                    days.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).forEach(in::add);
                    out.put(id, in);
                }
            });
            return out;
        }

        @Override
        public void checkOff(WorkspaceId workspaceId, ClientId clientId, UUID habitId, LocalDate day, boolean isDone, PersonId by, Instant at) {
            Set<LocalDate> days = done.computeIfAbsent(habitId, k -> new TreeSet<>());
            if (isDone) {
                days.add(day);
            } else {
                days.remove(day);
            }
        }
    }
}
