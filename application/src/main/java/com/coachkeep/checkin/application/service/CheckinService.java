package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.in.CheckinView;
import com.coachkeep.checkin.application.port.in.GetCheckinUseCase;
import com.coachkeep.checkin.application.port.in.ReviewCheckinUseCase;
import com.coachkeep.checkin.application.port.in.SubmitCheckinUseCase;
import com.coachkeep.checkin.application.port.out.CheckinFormRepository;
import com.coachkeep.checkin.application.port.out.CheckinRepository;
import com.coachkeep.checkin.application.port.out.CheckinScheduleRepository;
import com.coachkeep.checkin.application.port.out.MeasurementRepository;
import com.coachkeep.checkin.domain.Answer;
import com.coachkeep.checkin.domain.Checkin;
import com.coachkeep.checkin.domain.CheckinForm;
import com.coachkeep.checkin.domain.CheckinSchedule;
import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.checkin.domain.MetricSource;
import com.coachkeep.checkin.domain.MetricType;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Check-ins: submitted by the client (or filled in by staff for them, recorded as such), editable until reviewed,
 * reviewed by a coach with feedback the client sees, which locks them.
 */
@ApplicationScoped
@Transactional
public class CheckinService implements SubmitCheckinUseCase, GetCheckinUseCase, ReviewCheckinUseCase {
    public static final int MAX_METRICS = 20;

    private final CheckinRepository checkins;
    private final CheckinFormRepository forms;
    private final CheckinScheduleRepository schedules;
    private final MeasurementRepository measurements;
    private final MetricTypeService types;
    private final CheckinClients clients;
    private final AuditTrail audit;
    private final Clock clock;
    private final com.coachkeep.checkin.application.port.out.ProgressPhotoRepository photos;

    @Inject
    public CheckinService(CheckinRepository checkins, CheckinFormRepository forms, CheckinScheduleRepository schedules,
            MeasurementRepository measurements, MetricTypeService types, CheckinClients clients, AuditTrail audit, Clock clock,
            com.coachkeep.checkin.application.port.out.ProgressPhotoRepository photos) {
        this.photos = photos;
        this.checkins = checkins;
        this.forms = forms;
        this.schedules = schedules;
        this.measurements = measurements;
        this.types = types;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    protected CheckinService() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @Override
    public Submitted submit(Actor actor, ClientId clientId, UUID checkinId, SubmissionInput in) {
        ClientId client = clients.reach(actor, clientId, Permission.CHECKINS_REVIEW, Permission.SELF_WRITE);
        clients.requireNotPaused(actor, client);
        if (in == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        Instant now = clock.instant();
        Validator v = new Validator();
        UUID scheduleId = in.scheduleId() == null ? null : v.check("scheduleId", in.scheduleId(), CheckinSchedule::uuid);
        UUID formId = in.formId() == null ? null : v.check("formId", in.formId(), CheckinSchedule::uuid);
        LocalDate occurrence = in.occurrenceOn() == null ? null : v.check("occurrenceOn", in.occurrenceOn(), CheckinService::date);
        v.throwIfInvalid();
        var stored = checkins.find(actor.workspaceId(), client, checkinId);
        if (stored.isPresent()) {
            Checkin c = stored.get();
            if (c.reviewed()) {
                throw new Checkin.CheckinReviewedException();
            }
            v.require(formId == null || formId.equals(c.formId()), "formId", "is the check-in's form and does not change");
            v.require(scheduleId == null || scheduleId.equals(c.scheduleId()), "scheduleId", "is the check-in's schedule and does not change");
            v.require(occurrence == null || occurrence.equals(c.occurrenceOn()), "occurrenceOn", "is the check-in's occurrence and does not change");
            v.throwIfInvalid();
            CheckinForm form = forms.version(actor.workspaceId(), c.formId(), c.formVersion()).orElseThrow(() -> new NotFoundException("checkin form"));
            List<Answer> answers = clientsOwnPhotos(actor, client, Answer.of(form, in.answers()));
            LocalDate day = c.occurrenceOn() != null ? c.occurrenceOn() : LocalDate.ofInstant(c.submittedAt(), schedules.clientZone(actor.workspaceId(), client));
            List<Measurement> metrics = metrics(actor, client, checkinId, in.metrics(), day, now);
            Checkin edited = c.edit(c.formVersion(), answers, now);
            checkins.save(edited, false);
            measurements.removeOfCheckin(actor.workspaceId(), checkinId);
            measurements.add(metrics);
            audit.record(AuditRecord.of(actor, "checkin.edited").target("client", client).detail("checkin", checkinId.toString()));
            return new Submitted(new CheckinView(edited, metrics), false);
        }
        if (checkins.idTaken(actor.workspaceId(), checkinId)) {
            throw new ConflictException("id-taken", "This check-in id is in use; choose a new UUID.");
        }
        v.require(scheduleId != null || formId != null, "formId", "is required without a scheduleId");
        v.require(in.scheduleId() == null || in.occurrenceOn() != null, "occurrenceOn", "is required with a scheduleId");
        v.throwIfInvalid();
        CheckinSchedule schedule = null;
        if (scheduleId != null) {
            schedule = schedules.find(actor.workspaceId(), client, scheduleId)
                    .orElseThrow(() -> InvalidInputException.of("scheduleId", "is not a check-in schedule of this client"));
            if (formId != null && !formId.equals(schedule.formId())) {
                throw InvalidInputException.of("formId", "is not the schedule's form");
            }
            formId = schedule.formId();
            boolean begun = !now.isBefore(occurrence.atStartOfDay(schedule.zone()).toInstant());
            boolean isOccurrence = !schedule.occurrences(occurrence, occurrence).isEmpty();
            if (!isOccurrence || !begun || (!actor.staff() && !schedule.accepts(occurrence, now))) {
                throw InvalidInputException.of("occurrenceOn", "must be a day of the schedule that has begun in the client's calendar and is "
                        + "still accepted (until " + schedule.graceDays() + " days after it)");
            }
            if (checkins.forOccurrence(actor.workspaceId(), scheduleId, occurrence).isPresent()) {
                throw new ConflictException("occurrence-submitted", "This occurrence already has a check-in; edit that one instead.");
            }
        }
        UUID fid = formId;
        CheckinForm form = forms.latest(actor.workspaceId(), fid).orElseThrow(() -> InvalidInputException.of("formId",
                "is not a check-in form of this workspace"));
        List<Answer> answers = clientsOwnPhotos(actor, client, Answer.of(form, in.answers()));
        LocalDate day = occurrence != null ? occurrence : LocalDate.ofInstant(now, schedules.clientZone(actor.workspaceId(), client));
        List<Measurement> metrics = metrics(actor, client, checkinId, in.metrics(), day, now);
        Checkin c = new Checkin(checkinId, actor.workspaceId(), client, form.id(), form.version(), scheduleId, occurrence, answers, actor.personId(),
                actor.staff(), now, now, null, null, null, 0);
        checkins.save(c, true);
        measurements.add(metrics);
        audit.record(AuditRecord.of(actor, actor.staff() ? "checkin.submitted_on_behalf" : "checkin.submitted").target("client", client)
                .detail("checkin", checkinId.toString()));
        return new Submitted(new CheckinView(c, metrics), true);
    }

    /**
     * The answers, once every photo a photo set names is a progress photo of this client (hidden ones included: the
     * client chose them); another client's photo, or one that is gone, is refused like a missing one.
     */
    private List<Answer> clientsOwnPhotos(Actor actor, ClientId client, List<Answer> answers) {
        Validator v = new Validator();
        for (Answer a : answers) {
            a.photos().forEach((pose, id) -> v.require(photos.find(actor.workspaceId(), client, new com.coachkeep.checkin.domain.PhotoId(id)).isPresent(),
                    "answers." + a.questionKey() + "." + pose, "is not a progress photo of this client"));
        }
        v.throwIfInvalid();
        return answers;
    }

    private List<Measurement> metrics(Actor actor, ClientId client, UUID checkinId, List<MetricInput> raw, LocalDate day, Instant now) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        Validator v = new Validator();
        v.require(raw.size() <= MAX_METRICS, "metrics", "must hold at most " + MAX_METRICS + " values");
        v.throwIfInvalid();
        List<Measurement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            MetricInput m = raw.get(i);
            String field = "metrics[" + i + "]";
            if (m == null) {
                v.require(false, field, "must be an object");
                continue;
            }
            MetricType type = v.check(field + ".type", m.type(), key -> types.type(actor.workspaceId(), key));
            v.require(type == null || seen.add(type.key()), field + ".type", "must not repeat a type");
            String unit = type == null ? null : v.check(field + ".unit", m.unit(), type::checkUnit);
            if (type != null && (m.unit() == null || unit != null)) {
                MetricType.Measured value = v.check(field + ".value", m.value(), val -> type.measure(val, m.unit()));
                if (value != null) {
                    out.add(new Measurement(UUID.randomUUID(), actor.workspaceId(), client, type.key(), day, value.canonical(), value.entered(),
                            value.enteredUnit(), MetricSource.CHECKIN, checkinId, actor.personId(), now));
                }
            }
        }
        v.throwIfInvalid();
        return out;
    }

    static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a date as YYYY-MM-DD");
        }
    }

    @Override
    public CheckinView get(Actor actor, ClientId clientId, UUID checkinId) {
        ClientId client = clients.reach(actor, clientId, Permission.CHECKINS_READ_ASSIGNED, Permission.SELF_READ);
        Checkin c = checkins.find(actor.workspaceId(), client, checkinId).orElseThrow(() -> new NotFoundException("checkin"));
        return new CheckinView(c, measurements.ofCheckin(actor.workspaceId(), checkinId));
    }

    @Override
    public List<CheckinView> list(Actor actor, ClientId clientId) {
        ClientId client = clients.reach(actor, clientId, Permission.CHECKINS_READ_ASSIGNED, Permission.SELF_READ);
        return checkins.ofClient(actor.workspaceId(), client).stream().map(c -> new CheckinView(c, List.of())).toList();
    }

    @Override
    public CheckinView review(Actor actor, ClientId clientId, UUID checkinId, String feedback) {
        ClientId client = clients.reach(actor, clientId, Permission.CHECKINS_REVIEW, null);
        Validator v = new Validator();
        String text = v.check("feedback", feedback, raw -> Text.required(raw, 5000));
        v.throwIfInvalid();
        Checkin c = checkins.find(actor.workspaceId(), client, checkinId).orElseThrow(() -> new NotFoundException("checkin"));
        Checkin reviewed = c.review(actor.personId(), text, clock.instant());
        checkins.save(reviewed, false);
        audit.record(AuditRecord.of(actor, "checkin.reviewed").target("client", client).detail("checkin", checkinId.toString()));
        return new CheckinView(reviewed, measurements.ofCheckin(actor.workspaceId(), checkinId));
    }
}
