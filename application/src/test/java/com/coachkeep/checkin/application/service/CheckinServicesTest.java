package com.coachkeep.checkin.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.checkin.application.port.in.CheckinView;
import com.coachkeep.checkin.application.port.in.GetCoachDashboardUseCase;
import com.coachkeep.checkin.application.port.in.GetReviewQueueUseCase;
import com.coachkeep.checkin.application.port.in.ImportWeightHistoryUseCase;
import com.coachkeep.checkin.application.port.in.OccurrenceView;
import com.coachkeep.checkin.application.port.in.QuestionInput;
import com.coachkeep.checkin.application.port.in.ScheduleCheckinUseCase;
import com.coachkeep.checkin.application.port.in.SubmitCheckinUseCase;
import com.coachkeep.checkin.domain.Checkin;
import com.coachkeep.checkin.domain.MetricSource;
import com.coachkeep.checkin.domain.OccurrenceStatus;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AttentionSource;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.workspace.domain.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckinServicesTest {
    static final WorkspaceId WS = WorkspaceId.newId();

    // Monday 15 June 2026, noon in Berlin
    MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"));
    CheckinFakes.Roster roster = new CheckinFakes.Roster();
    CheckinFakes.Forms forms = new CheckinFakes.Forms();
    CheckinFakes.Schedules schedules = new CheckinFakes.Schedules();
    CheckinFakes.Checkins checkins = new CheckinFakes.Checkins();
    CheckinFakes.Measurements measurements = new CheckinFakes.Measurements();
    CheckinFakes.Settings settings = new CheckinFakes.Settings();
    CheckinFakes.Queue queue = new CheckinFakes.Queue(roster, checkins, measurements);
    RecordingAuditTrail audit = new RecordingAuditTrail();
    CheckinClients clients = new CheckinClients(roster, (w, c) -> com.coachkeep.shared.application.ClientAccessPort.ClientAccess.OPEN);
    MetricTypeService types = new MetricTypeService(measurements, audit);
    CheckinFormService formService = new CheckinFormService(forms, audit, clock);
    CheckinScheduleService scheduleService = new CheckinScheduleService(schedules, forms, checkins, clients, audit, clock);
    final ProgressPhotoServiceTest.Rows photos = new ProgressPhotoServiceTest.Rows();
    CheckinService checkinService = new CheckinService(checkins, forms, schedules, measurements, types, clients, audit, clock, photos);
    MeasurementService measurementService = new MeasurementService(measurements, schedules, types, new CheckinFakes.Reader(), clients, audit, clock);
    GetReviewQueueService queueService = new GetReviewQueueService(queue, settings, clock);

    Actor coach;
    Actor assistant;
    Actor client;
    Actor otherClient;
    ClientId clientId = ClientId.newId();
    ClientId otherClientId = ClientId.newId();
    UUID formId;
    UUID scheduleId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        coach = staff(Role.COACH);
        assistant = staff(Role.ASSISTANT);
        client = new Actor(PersonId.newId(), WS, MembershipId.newId(), "client", false, Role.CLIENT.permissions());
        otherClient = new Actor(PersonId.newId(), WS, MembershipId.newId(), "client", false, Role.CLIENT.permissions());
        roster.clients.put(clientId, new CheckinFakes.Roster.Entry(client.personId(), coach.membershipId(), "Ada"));
        roster.clients.put(otherClientId, new CheckinFakes.Roster.Entry(otherClient.personId(), null, "Bo"));
        formId = formService.create(coach, "Weekly check-in", List.of(
                new QuestionInput("energy", "scale", "Energy (1–10)?", true, null, null, null),
                new QuestionInput("notes", "long_text", "Anything to tell me?", false, null, null, null),
                new QuestionInput("photos", "photo_set", "Photos", false, null, null, List.of("front", "side", "back")))).form().id();
    }

    static Actor staff(Role role) {
        return new Actor(PersonId.newId(), WS, MembershipId.newId(), role.wireName(), true, role.permissions());
    }

    ScheduleCheckinUseCase.ScheduleView weeklyOnMonday() {
        return scheduleService.schedule(coach, clientId, scheduleId, new ScheduleCheckinUseCase.ScheduleInput(formId.toString(), "weekly", "monday",
                null, null, null, "2026-06-01", null, null, 2)).schedule();
    }

    CheckinView submit(Actor who, UUID id, String day, int energy, Double kg) {
        return checkinService.submit(who, clientId, id, new SubmitCheckinUseCase.SubmissionInput(null, scheduleId.toString(), day,
                Map.of("energy", energy, "notes", "Slept badly"), kg == null ? null : List.of(new SubmitCheckinUseCase.MetricInput("bodyweight",
                        BigDecimal.valueOf(kg), "kg")))).checkin();
    }

    com.coachkeep.checkin.domain.PhotoId photoOf(ClientId owner, com.coachkeep.checkin.domain.PhotoPose pose) {
        var id = new com.coachkeep.checkin.domain.PhotoId(UUID.randomUUID());
        photos.add(new com.coachkeep.checkin.domain.ProgressPhoto(id, WS, owner, pose, LocalDate.of(2026, 6, 15), "image/jpeg", 400, 300, 1000,
                UUID.randomUUID(), "image/jpeg", 40, 30, false, client.personId(), clock.instant()));
        return id;
    }

    @Test
    void aPhotoSetIsAnsweredWithTheClientsOwnProgressPhotosByPose() {
        weeklyOnMonday();
        var front = photoOf(clientId, com.coachkeep.checkin.domain.PhotoPose.FRONT);
        var side = photoOf(clientId, com.coachkeep.checkin.domain.PhotoPose.SIDE);
        var othersPhoto = photoOf(otherClientId, com.coachkeep.checkin.domain.PhotoPose.BACK);
        UUID id = UUID.randomUUID();
        SubmitCheckinUseCase.SubmissionInput withPhotos = new SubmitCheckinUseCase.SubmissionInput(null, scheduleId.toString(), "2026-06-15",
                Map.of("energy", 6, "photos", Map.of("front", front.value().toString(), "side", side.value().toString())), null);
        CheckinView c = checkinService.submit(client, clientId, id, withPhotos).checkin();
        var answer = c.checkin().answers().stream().filter(a -> a.questionKey().equals("photos")).findFirst().orElseThrow();
        assertEquals(Map.of("front", front.value(), "side", side.value()), answer.photos());
        // another client's photo, an unknown pose and a photo id that is not a UUID are each named; nothing changes
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> checkinService.submit(client, clientId, id,
                new SubmitCheckinUseCase.SubmissionInput(null, null, null, Map.of("energy", 6, "photos", Map.of("back",
                        othersPhoto.value().toString())), null)));
        assertEquals(List.of("answers.photos.back"), refused.violations().stream().map(v -> v.field()).toList());
        assertThrows(InvalidInputException.class, () -> checkinService.submit(client, clientId, id,
                new SubmitCheckinUseCase.SubmissionInput(null, null, null, Map.of("energy", 6, "photos", Map.of("left", front.value().toString())), null)));
        assertThrows(InvalidInputException.class, () -> checkinService.submit(client, clientId, id,
                new SubmitCheckinUseCase.SubmissionInput(null, null, null, Map.of("energy", 6, "photos", Map.of("front", "me.jpg")), null)));
        assertEquals(Map.of("front", front.value(), "side", side.value()), checkinService.get(coach, clientId, id).checkin().answers().stream()
                .filter(a -> a.questionKey().equals("photos")).findFirst().orElseThrow().photos());
    }

    @Test
    void aNewFormVersionLeavesEarlierAnswersWithTheirQuestionText() {
        weeklyOnMonday();
        CheckinView c = submit(client, UUID.randomUUID(), "2026-06-15", 7, null);
        var saved = formService.revise(coach, formId, "Weekly check-in", List.of(new QuestionInput("energy", "scale", "How was your energy?", true, null,
                null, null)));
        assertEquals(2, saved.form().version());
        CheckinView read = checkinService.get(coach, clientId, c.checkin().id());
        assertEquals(1, read.checkin().formVersion());
        assertEquals("Energy (1–10)?", read.checkin().answers().get(0).questionText());
        assertEquals("Energy (1–10)?", formService.get(client, formId, 1).questions().get(0).text());
        assertThrows(AccessDeniedException.class, () -> formService.revise(client, formId, "x", List.of()));
        assertThrows(NotFoundException.class, () -> formService.revise(coach, UUID.randomUUID(), "x", List.of()));
        assertThrows(InvalidInputException.class, () -> formService.get(coach, formId, 3));
    }

    @Test
    void occurrencesAreDueLateOrMissedAndASubmissionIsAcceptedUntilTheGraceEnds() {
        var view = weeklyOnMonday();
        OccurrenceView june8 = view.occurrences().stream().filter(o -> o.day().equals(LocalDate.of(2026, 6, 8))).findFirst().orElseThrow();
        assertEquals(OccurrenceStatus.MISSED, june8.status(), "two grace days after 8 June ended on 10 June");
        OccurrenceView june15 = view.occurrences().stream().filter(o -> o.day().equals(LocalDate.of(2026, 6, 15))).findFirst().orElseThrow();
        assertEquals(OccurrenceStatus.DUE, june15.status());
        // the client cannot submit a missed occurrence; the coach may fill it in for them, recorded as such
        assertThrows(InvalidInputException.class, () -> submit(client, UUID.randomUUID(), "2026-06-08", 5, null));
        assertThrows(InvalidInputException.class, () -> submit(client, UUID.randomUUID(), "2026-06-22", 5, null), "not begun");
        assertThrows(InvalidInputException.class, () -> submit(client, UUID.randomUUID(), "2026-06-16", 5, null), "not an occurrence");
        CheckinView onBehalf = submit(coach, UUID.randomUUID(), "2026-06-08", 5, null);
        assertTrue(onBehalf.checkin().onBehalf());
        assertEquals("checkin.submitted_on_behalf", audit.last().action());
        clock.set(Instant.parse("2026-06-16T10:00:00Z"));
        UUID late = UUID.randomUUID();
        submit(client, late, "2026-06-15", 6, 80.0);
        var after = scheduleService.list(client, clientId).get(0).occurrences();
        assertEquals(OccurrenceStatus.LATE, after.stream().filter(o -> o.day().equals(LocalDate.of(2026, 6, 15))).findFirst().orElseThrow().status());
        assertEquals(late, after.stream().filter(o -> o.day().equals(LocalDate.of(2026, 6, 15))).findFirst().orElseThrow().checkinId());
        assertEquals(OccurrenceStatus.LATE, after.stream().filter(o -> o.day().equals(LocalDate.of(2026, 6, 8))).findFirst().orElseThrow().status(),
                "filled in after its deadline");
        ConflictException twice = assertThrows(ConflictException.class, () -> submit(client, UUID.randomUUID(), "2026-06-15", 6, null));
        assertEquals("occurrence-submitted", twice.code());
    }

    @Test
    void aCheckinIsEditableUntilReviewedThenLockedWithTheCoachsFeedback() {
        weeklyOnMonday();
        UUID id = UUID.randomUUID();
        submit(client, id, "2026-06-15", 4, 81.0);
        assertEquals(1, measurements.rows.size());
        assertEquals(MetricSource.CHECKIN, measurements.rows.get(0).source());
        CheckinView edited = submit(client, id, "2026-06-15", 8, 80.5);
        assertEquals("8", edited.checkin().answers().get(0).value());
        assertEquals(1, measurements.rows.size(), "the check-in's metrics are replaced, not added");
        assertEquals(0, new BigDecimal("80.5").compareTo(measurements.rows.get(0).value()));
        assertThrows(AccessDeniedException.class, () -> checkinService.review(client, clientId, id, "Self-praise"));
        assertThrows(NotFoundException.class, () -> checkinService.get(otherClient, clientId, id));
        assertThrows(InvalidInputException.class, () -> checkinService.review(coach, clientId, id, "  "));
        CheckinView reviewed = checkinService.review(coach, clientId, id, "Great energy this week");
        assertEquals("Great energy this week", checkinService.get(client, clientId, id).checkin().feedback());
        assertTrue(reviewed.checkin().reviewed());
        Checkin.CheckinReviewedException locked = assertThrows(Checkin.CheckinReviewedException.class, () -> submit(client, id, "2026-06-15", 2, null));
        assertEquals("checkin-reviewed", locked.code());
        assertThrows(Checkin.CheckinReviewedException.class, () -> checkinService.review(coach, clientId, id, "again"));
        assertEquals("8", checkinService.get(client, clientId, id).checkin().answers().get(0).value());
    }

    @Test
    void invalidAnswersAndMetricsStoreNothing() {
        weeklyOnMonday();
        UUID id = UUID.randomUUID();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> checkinService.submit(client, clientId, id,
                new SubmitCheckinUseCase.SubmissionInput(null, scheduleId.toString(), "2026-06-15", Map.of("energy", 12),
                        List.of(new SubmitCheckinUseCase.MetricInput("bodyweight", new BigDecimal("80"), "cm")))));
        assertTrue(e.violations().stream().anyMatch(v -> v.field().equals("answers.energy")), e.violations().toString());
        assertTrue(checkins.rows.isEmpty());
        assertTrue(measurements.rows.isEmpty());
    }

    @Test
    void metricsAreLoggedWithTheirSourceAndReadAsASeriesWithTrend() {
        for (int i = 0; i < 40; i++) {
            clock.set(Instant.parse("2026-05-01T08:00:00Z").plus(Duration.ofDays(i)));
            measurementService.record(client, clientId, "bodyweight", BigDecimal.valueOf(176 - 0.2 * i), "lb", null);
        }
        var series = measurementService.series(coach, clientId, "bodyweight", 90);
        assertEquals(40, series.values().size());
        assertEquals("lb", series.values().get(0).enteredUnit());
        assertEquals(MetricSource.LOGGED, series.values().get(0).source());
        assertTrue(series.series().changes().get(0).change() < 0);
        assertNull(series.series().changes().get(2).change());
        var weight = measurementService.bodyweightOn(coach, clientId, LocalDate.of(2026, 5, 1), 0).orElseThrow();
        assertEquals(0, new BigDecimal("79.83").compareTo(weight.kilograms()), weight.toString());
        assertTrue(measurementService.bodyweightOn(coach, clientId, LocalDate.of(2026, 4, 30), 3).isEmpty());
        assertEquals(LocalDate.of(2026, 6, 9), measurementService.bodyweightOn(client, clientId, LocalDate.of(2026, 6, 20), 30).orElseThrow().measuredOn());
        assertThrows(NotFoundException.class, () -> measurementService.series(otherClient, clientId, "bodyweight", 30));
        assertThrows(InvalidInputException.class, () -> measurementService.record(client, clientId, "shoe-size", BigDecimal.ONE, null, null));
        types.define(coach, "steps", "Daily steps", "number", "steps");
        assertEquals("steps", measurementService.record(client, clientId, "steps", new BigDecimal("9000"), null, null).typeKey());
        assertThrows(ConflictException.class, () -> types.define(coach, "steps", "Steps", "length", null));
    }

    @Test
    void anImportReportsRejectedRowsAndAMalformedFileStoresNothing() {
        var report = measurementService.importCsv(client, clientId, "generic", "kg",
                "date,weight\n2026-06-01,80.2\n2026-06-02,heavy\n2026-13-01,80\n2026-06-03,800\n2026-06-01,79\n2026-06-04,\n2027-01-01,80\n");
        assertEquals(1, report.imported(), report.toString());
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L), report.rejected().stream().map(ImportWeightHistoryUseCase.RejectedRow::line).toList());
        assertTrue(report.rejected().get(0).reason().contains("not a number"));
        assertEquals(MetricSource.IMPORTED, measurements.rows.get(0).source());
        // importing again replaces the imported day instead of adding a second value
        var again = measurementService.importCsv(client, clientId, "generic", "kg", "date,weight\n2026-06-01,80.4\n");
        assertEquals(1, again.replaced());
        assertEquals(1, measurements.rows.size());
        assertThrows(InvalidInputException.class, () -> measurementService.importCsv(client, clientId, "generic", "kg", "when;kilos\n2026-06-01;80\n"));
        assertThrows(InvalidInputException.class, () -> measurementService.importCsv(client, clientId, "myfitnesspal-xml", "kg", "date,weight\n"));
        assertEquals(1, measurements.rows.size());
    }

    @Test
    void theQueueIsOldestFirstWithTheTargetBreachAndMetricDeltas() {
        weeklyOnMonday();
        clock.set(Instant.parse("2026-06-08T08:00:00Z"));
        UUID first = UUID.randomUUID();
        submit(client, first, "2026-06-08", 6, 82.0);
        checkinService.review(coach, clientId, first, "ok");
        clock.set(Instant.parse("2026-06-15T08:00:00Z"));
        UUID second = UUID.randomUUID();
        submit(client, second, "2026-06-15", 7, 81.2);
        clock.set(Instant.parse("2026-06-16T09:00:00Z"));
        GetReviewQueueUseCase.ReviewQueue q = queueService.queue(coach);
        assertEquals(1, q.entries().size());
        GetReviewQueueUseCase.Entry e = q.entries().get(0);
        assertEquals(second, e.checkinId());
        assertTrue(e.breached(), "25 hours against a 24-hour target");
        assertEquals(-0.8, e.deltas().get(0).change(), 0.001);
        settings.hours = 48;
        assertFalse(queueService.queue(coach).entries().get(0).breached());
        assertThrows(AccessDeniedException.class, () -> queueService.queue(client));
        assertTrue(queueService.queue(staff(Role.COACH)).entries().isEmpty(), "another coach does not see Ada's check-ins");
    }

    @Test
    void theDashboardNamesWaitingMissedInactiveAndWhatSourcesContributeInABoundedNumberOfReads() {
        weeklyOnMonday();
        AttentionSource training = (actor, ids, now) -> ids.stream().map(id -> new AttentionSource.Item("training", id, "compliance-drop",
                "Workout compliance fell by 40 %")).toList();
        GetCoachDashboardService dashboard = new GetCoachDashboardService(queue, settings, schedules, checkins,
                (actor, ids, now) -> training.attention(actor, ids, now), clock, (w, c) -> com.coachkeep.shared.application.ClientAccessPort.ClientAccess.OPEN);
        for (int i = 0; i < 50; i++) {
            ClientId extra = ClientId.newId();
            roster.clients.put(extra, new CheckinFakes.Roster.Entry(PersonId.newId(), coach.membershipId(), "Client " + i));
        }
        submit(client, UUID.randomUUID(), "2026-06-15", 7, null);
        queue.calls = 0;
        GetCoachDashboardUseCase.Dashboard d = dashboard.dashboard(coach, 7);
        assertEquals(3, queue.calls, "a bounded number of reads whatever the roster size");
        assertEquals(1, d.awaitingReview());
        assertEquals(List.of(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 1)), d.missed().stream().map(GetCoachDashboardUseCase.Missed::day).toList());
        assertEquals(50, d.inactive().size(), "everyone but Ada");
        assertEquals(51, d.attention().size());
        assertThrows(InvalidInputException.class, () -> dashboard.dashboard(coach, 0));
    }
}
