package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.in.OccurrenceView;
import com.coachkeep.checkin.application.port.in.ScheduleCheckinUseCase;
import com.coachkeep.checkin.application.port.out.CheckinFormRepository;
import com.coachkeep.checkin.application.port.out.CheckinRepository;
import com.coachkeep.checkin.application.port.out.CheckinScheduleRepository;
import com.coachkeep.checkin.domain.CheckinSchedule;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Schedules of check-ins for a client, in the client's time zone, with where each recent and coming occurrence stands. */
@ApplicationScoped
@Transactional
public class CheckinScheduleService implements ScheduleCheckinUseCase {
    /** How many weeks before and after today a schedule's view lists occurrences. */
    static final int VIEW_WEEKS = 5;

    private final CheckinScheduleRepository schedules;
    private final CheckinFormRepository forms;
    private final CheckinRepository checkins;
    private final CheckinClients clients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public CheckinScheduleService(CheckinScheduleRepository schedules, CheckinFormRepository forms, CheckinRepository checkins,
            CheckinClients clients, AuditTrail audit, Clock clock) {
        this.schedules = schedules;
        this.forms = forms;
        this.checkins = checkins;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    protected CheckinScheduleService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public Scheduled schedule(Actor actor, ClientId clientId, UUID scheduleId, ScheduleInput in) {
        ClientId client = clients.reach(actor, clientId, Permission.CHECKIN_FORMS_MANAGE, null);
        if (in == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        Instant now = clock.instant();
        var zone = schedules.workspaceZone(actor.workspaceId());
        com.coachkeep.shared.domain.Validator v = new com.coachkeep.shared.domain.Validator();
        UUID formId = v.check("formId", in.formId(), CheckinSchedule::uuid);
        v.throwIfInvalid();
        CheckinSchedule.Definition d = CheckinSchedule.define(in.kind(), in.weekday(), in.everyWeeks(), in.dayOfMonth(), in.onDay(), in.startsOn(),
                in.endsOn(), in.timeZone(), in.graceDays(), zone, now);
        if (forms.latest(actor.workspaceId(), formId).isEmpty()) {
            throw InvalidInputException.of("formId", "is not a check-in form of this workspace");
        }
        var stored = schedules.find(actor.workspaceId(), client, scheduleId);
        CheckinSchedule s;
        if (stored.isEmpty()) {
            if (schedules.idTaken(actor.workspaceId(), scheduleId)) {
                throw new ConflictException("id-taken", "This schedule id is in use; choose a new UUID.");
            }
            s = new CheckinSchedule(scheduleId, actor.workspaceId(), client, formId, d.recurrence(), d.zone(), d.startsOn(), d.endsOn(), d.graceDays(),
                    actor.personId(), now, 0);
            schedules.save(s, true);
            audit.record(AuditRecord.of(actor, "checkin_schedule.created").target("client", client).detail("schedule", scheduleId.toString()));
        } else {
            CheckinSchedule o = stored.get();
            s = new CheckinSchedule(o.id(), o.workspaceId(), o.clientId(), formId, d.recurrence(), d.zone(), d.startsOn(), d.endsOn(), d.graceDays(),
                    o.createdBy(), o.createdAt(), o.version() + 1);
            schedules.save(s, false);
            audit.record(AuditRecord.of(actor, "checkin_schedule.changed").target("client", client).detail("schedule", scheduleId.toString()));
        }
        return new Scheduled(views(actor, List.of(s), now).get(0), stored.isEmpty());
    }

    @Override
    public void end(Actor actor, ClientId clientId, UUID scheduleId) {
        ClientId client = clients.reach(actor, clientId, Permission.CHECKIN_FORMS_MANAGE, null);
        schedules.find(actor.workspaceId(), client, scheduleId).orElseThrow(() -> new NotFoundException("checkin schedule"));
        schedules.delete(actor.workspaceId(), scheduleId);
        audit.record(AuditRecord.of(actor, "checkin_schedule.ended").target("client", client).detail("schedule", scheduleId.toString()));
    }

    @Override
    public List<ScheduleView> list(Actor actor, ClientId clientId) {
        ClientId client = clients.reach(actor, clientId, Permission.CHECKINS_READ_ASSIGNED, Permission.SELF_READ);
        return views(actor, schedules.ofClient(actor.workspaceId(), client), clock.instant());
    }

    private List<ScheduleView> views(Actor actor, List<CheckinSchedule> list, Instant now) {
        if (list.isEmpty()) {
            return List.of();
        }
        LocalDate lo = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).minusWeeks(VIEW_WEEKS).minusDays(1);
        LocalDate hi = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusWeeks(VIEW_WEEKS).plusDays(1);
        Set<UUID> ids = list.stream().map(CheckinSchedule::id).collect(Collectors.toSet());
        Map<UUID, Map<LocalDate, CheckinRepository.Submission>> done = checkins.submissions(actor.workspaceId(), ids, lo, hi);
        List<ScheduleView> out = new ArrayList<>();
        for (CheckinSchedule s : list) {
            LocalDate today = s.today(now);
            out.add(new ScheduleView(s, occurrences(s, done.getOrDefault(s.id(), Map.of()), today.minusWeeks(VIEW_WEEKS), today.plusWeeks(VIEW_WEEKS),
                    now)));
        }
        return out;
    }

    static List<OccurrenceView> occurrences(CheckinSchedule s, Map<LocalDate, CheckinRepository.Submission> done, LocalDate from, LocalDate to,
            Instant now) {
        List<OccurrenceView> out = new ArrayList<>();
        for (LocalDate day : s.occurrences(from, to)) {
            CheckinRepository.Submission sub = done.get(day);
            out.add(new OccurrenceView(s.id(), day, s.deadline(day), s.acceptedUntil(day), s.status(day, sub == null ? null : sub.submittedAt(), now),
                    sub == null ? null : sub.checkinId()));
        }
        return out;
    }
}
