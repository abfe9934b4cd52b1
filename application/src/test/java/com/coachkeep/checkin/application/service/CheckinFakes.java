package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.out.CheckinFormRepository;
import com.coachkeep.checkin.application.port.out.CheckinRepository;
import com.coachkeep.checkin.application.port.out.CheckinScheduleRepository;
import com.coachkeep.checkin.application.port.out.CheckinSettingsRepository;
import com.coachkeep.checkin.application.port.out.MeasurementRepository;
import com.coachkeep.checkin.application.port.out.ReviewQueuePort;
import com.coachkeep.checkin.application.port.out.WeightHistoryPort;
import com.coachkeep.checkin.domain.Checkin;
import com.coachkeep.checkin.domain.CheckinForm;
import com.coachkeep.checkin.domain.CheckinSchedule;
import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.checkin.domain.MetricSource;
import com.coachkeep.checkin.domain.MetricType;
import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** In-memory fakes of the check-in context's outgoing ports and of the roster's client look-up. */
final class CheckinFakes {
    private CheckinFakes() {
    }

    static final class Roster implements GetClientUseCase {
        record Entry(PersonId person, MembershipId coach, String name) {
        }

        final Map<ClientId, Entry> clients = new HashMap<>();

        @Override
        public ClientView get(Actor actor, ClientId id) {
            Entry e = clients.get(id);
            boolean visible = e != null && (actor.staff()
                    ? actor.has(Permission.CLIENTS_READ_ALL) || actor.membershipId().equals(e.coach())
                    : e.person().equals(actor.personId()));
            if (!visible) {
                throw new NotFoundException("client");
            }
            return new ClientView(id, e.name(), "c@example.com", "active", e.coach(), List.of(), true, Instant.EPOCH, Instant.EPOCH, 0);
        }

        @Override
        public ClientView getOwn(Actor actor) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Forms implements CheckinFormRepository {
        final List<CheckinForm> rows = new ArrayList<>();

        @Override
        public Optional<CheckinForm> latest(WorkspaceId w, UUID id) {
            return rows.stream().filter(f -> f.workspaceId().equals(w) && f.id().equals(id)).max(Comparator.comparingInt(CheckinForm::version));
        }

        @Override
        public Optional<CheckinForm> version(WorkspaceId w, UUID id, int version) {
            return rows.stream().filter(f -> f.workspaceId().equals(w) && f.id().equals(id) && f.version() == version).findFirst();
        }

        @Override
        public List<CheckinForm> latestOfEach(WorkspaceId w) {
            return rows.stream().map(CheckinForm::id).distinct().map(id -> latest(w, id)).flatMap(Optional::stream).toList();
        }

        @Override
        public void add(CheckinForm form) {
            rows.add(form);
        }
    }

    static final class Schedules implements CheckinScheduleRepository {
        final Map<UUID, CheckinSchedule> rows = new HashMap<>();
        ZoneId workspaceZone = ZoneId.of("Europe/Berlin");

        @Override
        public Optional<CheckinSchedule> find(WorkspaceId w, ClientId c, UUID id) {
            return Optional.ofNullable(rows.get(id)).filter(s -> s.clientId().equals(c));
        }

        @Override
        public boolean idTaken(WorkspaceId w, UUID id) {
            return rows.containsKey(id);
        }

        @Override
        public void save(CheckinSchedule s, boolean isNew) {
            rows.put(s.id(), s);
        }

        @Override
        public void delete(WorkspaceId w, UUID id) {
            rows.remove(id);
        }

        @Override
        public List<CheckinSchedule> ofClient(WorkspaceId w, ClientId c) {
            return rows.values().stream().filter(s -> s.clientId().equals(c)).toList();
        }

        @Override
        public List<CheckinSchedule> ofClients(WorkspaceId w, Set<UUID> ids) {
            return rows.values().stream().filter(s -> ids.contains(s.clientId().value())).toList();
        }

        @Override
        public ZoneId workspaceZone(WorkspaceId w) {
            return workspaceZone;
        }

        @Override
        public ZoneId clientZone(WorkspaceId w, ClientId c) {
            return ofClient(w, c).stream().max(Comparator.comparing(CheckinSchedule::createdAt)).map(CheckinSchedule::zone).orElse(workspaceZone);
        }
    }

    static final class Checkins implements CheckinRepository {
        final Map<UUID, Checkin> rows = new HashMap<>();

        @Override
        public Optional<Checkin> find(WorkspaceId w, ClientId c, UUID id) {
            return Optional.ofNullable(rows.get(id)).filter(x -> x.clientId().equals(c));
        }

        @Override
        public boolean idTaken(WorkspaceId w, UUID id) {
            return rows.containsKey(id);
        }

        @Override
        public Optional<UUID> forOccurrence(WorkspaceId w, UUID scheduleId, LocalDate day) {
            return rows.values().stream().filter(c -> scheduleId.equals(c.scheduleId()) && day.equals(c.occurrenceOn())).map(Checkin::id).findFirst();
        }

        @Override
        public void save(Checkin c, boolean isNew) {
            rows.put(c.id(), c);
        }

        @Override
        public List<Checkin> ofClient(WorkspaceId w, ClientId c) {
            return rows.values().stream().filter(x -> x.clientId().equals(c)).sorted(Comparator.comparing(Checkin::submittedAt).reversed()).toList();
        }

        @Override
        public Map<UUID, Map<LocalDate, Submission>> submissions(WorkspaceId w, Set<UUID> scheduleIds, LocalDate from, LocalDate to) {
            Map<UUID, Map<LocalDate, Submission>> out = new HashMap<>();
            for (Checkin c : rows.values()) {
                if (c.scheduleId() != null && scheduleIds.contains(c.scheduleId()) && !c.occurrenceOn().isBefore(from) && !c.occurrenceOn().isAfter(to)) {
                    out.computeIfAbsent(c.scheduleId(), k -> new HashMap<>()).put(c.occurrenceOn(), new Submission(c.id(), c.submittedAt()));
                }
            }
            return out;
        }
    }

    static final class Measurements implements MeasurementRepository {
        final List<Measurement> rows = new ArrayList<>();
        final Map<String, MetricType> types = new HashMap<>();

        @Override
        public void add(List<Measurement> ms) {
            rows.addAll(ms);
        }

        @Override
        public void removeOfCheckin(WorkspaceId w, UUID checkinId) {
            rows.removeIf(m -> checkinId.equals(m.checkinId()));
        }

        @Override
        public List<Measurement> ofCheckin(WorkspaceId w, UUID checkinId) {
            return rows.stream().filter(m -> checkinId.equals(m.checkinId())).toList();
        }

        @Override
        public List<Measurement> series(WorkspaceId w, ClientId c, String type, LocalDate from) {
            return rows.stream().filter(m -> m.clientId().equals(c) && m.typeKey().equals(type) && !m.measuredOn().isBefore(from))
                    .sorted(Comparator.comparing(Measurement::measuredOn)).toList();
        }

        @Override
        public int removeImported(WorkspaceId w, ClientId c, String type, List<LocalDate> days) {
            int before = rows.size();
            rows.removeIf(m -> m.clientId().equals(c) && m.typeKey().equals(type) && m.source() == MetricSource.IMPORTED && days.contains(m.measuredOn()));
            return before - rows.size();
        }

        @Override
        public List<MetricType> customTypes(WorkspaceId w) {
            return List.copyOf(types.values());
        }

        @Override
        public Optional<MetricType> customType(WorkspaceId w, String key) {
            return Optional.ofNullable(types.get(key));
        }

        @Override
        public void saveType(WorkspaceId w, MetricType t) {
            types.put(t.key(), t);
        }
    }

    static final class Settings implements CheckinSettingsRepository {
        int hours = 24;

        @Override
        public int responseTargetHours(WorkspaceId w) {
            return hours;
        }

        @Override
        public void saveResponseTargetHours(WorkspaceId w, int h) {
            hours = h;
        }
    }

    /** The queue's reads over the fakes, counting calls (the dashboard's bound is on statements, one call each here). */
    static final class Queue implements ReviewQueuePort {
        final Roster roster;
        final Checkins checkins;
        final Measurements measurements;
        int calls;

        Queue(Roster roster, Checkins checkins, Measurements measurements) {
            this.roster = roster;
            this.checkins = checkins;
            this.measurements = measurements;
        }

        private boolean sees(Actor actor, ClientId c) {
            var e = roster.clients.get(c);
            return e != null && (actor.has(Permission.CLIENTS_READ_ALL) || actor.membershipId().equals(e.coach()));
        }

        @Override
        public List<Waiting> awaitingReview(Actor actor) {
            calls++;
            return checkins.rows.values().stream().filter(c -> !c.reviewed() && sees(actor, c.clientId()))
                    .sorted(Comparator.comparing(Checkin::submittedAt))
                    .map(c -> new Waiting(c.id(), c.clientId().value(), roster.clients.get(c.clientId()).name(), c.submittedAt(), c.onBehalf())).toList();
        }

        @Override
        public Map<UUID, Deltas> deltas(Actor actor, List<UUID> ids) {
            calls++;
            Map<UUID, Deltas> out = new HashMap<>();
            for (UUID id : ids) {
                Checkin c = checkins.rows.get(id);
                Checkin previous = checkins.rows.values().stream().filter(x -> x.clientId().equals(c.clientId()) && x.submittedAt().isBefore(c.submittedAt()))
                        .max(Comparator.comparing(Checkin::submittedAt)).orElse(null);
                out.put(id, new Deltas(measurements.ofCheckin(null, id), previous == null ? List.of() : measurements.ofCheckin(null, previous.id())));
            }
            return out;
        }

        @Override
        public List<Visible> visibleClients(Actor actor) {
            calls++;
            List<Visible> out = new ArrayList<>();
            roster.clients.forEach((id, e) -> {
                if (sees(actor, id)) {
                    Instant last = checkins.rows.values().stream().filter(c -> c.clientId().equals(id)).map(Checkin::submittedAt).max(Comparator.naturalOrder())
                            .orElse(null);
                    out.add(new Visible(id.value(), e.name(), last));
                }
            });
            return out;
        }
    }

    /** A reader of "date,weight" lines with a header, like the generic format; anything without that header is not the format. */
    static final class Reader implements WeightHistoryPort {
        @Override
        public List<Row> read(String format, String csv) {
            String[] lines = csv.split("\n");
            if (!lines[0].strip().equals("date,weight")) {
                throw InvalidInputException.of("csv", "is not a generic CSV: its header must name date and weight");
            }
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split(",", -1);
                rows.add(new Row(i + 1L, cells[0], cells.length > 1 ? cells[1] : "", null));
            }
            return rows;
        }

        @Override
        public List<String> formats() {
            return List.of("generic");
        }
    }
}
