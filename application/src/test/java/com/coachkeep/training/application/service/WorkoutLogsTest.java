package com.coachkeep.training.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.training.application.port.in.GetTodaysWorkoutUseCase.TodaysWorkout;
import com.coachkeep.training.application.port.in.LogWorkoutCommand;
import com.coachkeep.training.application.port.in.ProgramTemplateCommand;
import com.coachkeep.training.application.port.in.WorkoutLogView;
import com.coachkeep.training.domain.Block;
import com.coachkeep.training.domain.BlockEntry;
import com.coachkeep.training.domain.Effort;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.Load;
import com.coachkeep.training.domain.LoadTarget;
import com.coachkeep.training.domain.LoggedSet;
import com.coachkeep.training.domain.Muscle;
import com.coachkeep.training.domain.PersonalRecord;
import com.coachkeep.training.domain.PlanKey;
import com.coachkeep.training.domain.ProgramDay;
import com.coachkeep.training.domain.ProgramPhase;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramWeek;
import com.coachkeep.training.domain.SetPrescription;
import com.coachkeep.training.domain.SetType;
import com.coachkeep.training.domain.WeeklyVolume;
import com.coachkeep.training.domain.WorkoutLogId;
import com.coachkeep.workspace.domain.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkoutLogsTest {
    static final ExerciseId SQUAT = ProgramsTest.SQUAT;
    static final LocalDate MONDAY = LocalDate.of(2026, 2, 23);

    private final TestApplication app = TestApplication.create();
    private final TrainingFakes.Templates templates = new TrainingFakes.Templates();
    private final TrainingFakes.Programs programs = new TrainingFakes.Programs();
    private final TrainingFakes.Logs logs = new TrainingFakes.Logs();
    private final TrainingFakes.Exercises exercises = new TrainingFakes.Exercises();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private WorkoutLogService service;
    private GetTodaysWorkoutService todays;
    private ProgramTemplateService library;
    private AssignedProgramService assignments;
    private Actor coach;
    private Actor assistant;
    private Actor benActor;
    private ClientView ben;
    private ClientView bea;

    @BeforeEach
    void clientOfACoach() {
        exercises.known.add(SQUAT);
        exercises.muscles.put(SQUAT, new WeeklyVolume.Targets(Set.of(Muscle.QUADS, Muscle.GLUTES), Set.of(Muscle.HAMSTRINGS)));
        TrainingClients clients = new TrainingClients(app.roster, (w, c) -> com.coachkeep.shared.application.ClientAccessPort.ClientAccess.OPEN);
        service = new WorkoutLogService(logs, programs, exercises, clients, audit, app.clock);
        todays = new GetTodaysWorkoutService(programs, logs, clients);
        library = new ProgramTemplateService(templates, exercises, audit, app.clock);
        assignments = new AssignedProgramService(programs, templates, exercises, clients, audit, app.clock);
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        benActor = app.joinAsClient(coach, "Ben", coach.membershipId());
        ben = app.roster.getOwn(benActor);
        bea = app.addClient(coach, "Bea", coach.membershipId());
    }

    static LoggedSet set(UUID id, int reps, double kg, Double rir) {
        return new LoggedSet(id, SQUAT, SetType.WORKING, reps, null, null, Load.kg(kg), rir == null ? null : Effort.rir(rir), true, null);
    }

    LogWorkoutCommand log(WorkoutLogId id, LocalDate date, String notes, LoggedSet... sets) {
        return new LogWorkoutCommand(ben.id(), id, null, null, date, 3600, notes, List.of(sets));
    }

    @Test
    void aResentLogReplacesItselfAndNeverDoublesItsSets() {
        WorkoutLogId id = WorkoutLogId.newId();
        UUID s1 = UUID.randomUUID();
        WorkoutLogView first = service.log(benActor, log(id, MONDAY, "felt strong", set(s1, 5, 100, 2.0)));
        WorkoutLogView again = service.log(benActor, log(id, MONDAY, "felt strong", set(s1, 5, 100, 2.0)));

        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(1, logs.rows.size());
        assertEquals(1, service.exerciseHistory(benActor, ben.id(), SQUAT).get(0).sets().size());
        assertFalse(first.log().onBehalf());
        assertTrue(audit.records.isEmpty(), "a client's own log is not a security event");
    }

    @Test
    void aCoachLogsOnTheClientsBehalfAndTheAuditTrailSaysSo() {
        WorkoutLogView v = service.log(coach, log(WorkoutLogId.newId(), MONDAY, null, set(UUID.randomUUID(), 5, 100, null)));

        assertTrue(v.log().onBehalf());
        assertEquals("workout.logged_on_behalf", audit.last().action());
        assertThrows(AccessDeniedException.class, () -> service.log(assistant, log(WorkoutLogId.newId(), MONDAY, null)));
    }

    @Test
    void aClientWritesOnlyTheirOwnLogs() {
        LogWorkoutCommand forBea = new LogWorkoutCommand(bea.id(), WorkoutLogId.newId(), null, null, MONDAY, null, null, List.of());

        assertThrows(NotFoundException.class, () -> service.log(benActor, forBea));
        assertEquals(0, logs.rows.size());
    }

    @Test
    void aSetIdOfAnotherLogOrAnUnknownExerciseIsNamedAndNothingIsStored() {
        UUID s1 = UUID.randomUUID();
        service.log(benActor, log(WorkoutLogId.newId(), MONDAY, null, set(s1, 5, 100, null)));
        LoggedSet unknown = new LoggedSet(UUID.randomUUID(), ExerciseId.newId(), SetType.WORKING, 5, null, null, null, null, true, null);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.log(benActor, log(WorkoutLogId.newId(), MONDAY.plusDays(1), null, set(s1, 5, 100, null), unknown)));

        assertEquals(List.of("sets[0].id", "sets[1].exerciseId"), e.violations().stream().map(v -> v.field()).toList());
        assertEquals(1, logs.rows.size());
    }

    @Test
    void anOfflineBatchStoresEveryLogOrNone() {
        WorkoutLogId a = WorkoutLogId.newId();
        List<LogWorkoutCommand> week = List.of(log(a, MONDAY, null, set(UUID.randomUUID(), 5, 100, null)),
                log(WorkoutLogId.newId(), MONDAY.plusDays(2), null, set(UUID.randomUUID(), 5, 102.5, null)));
        List<LogWorkoutCommand> broken = List.of(log(WorkoutLogId.newId(), MONDAY.plusDays(4), null),
                log(WorkoutLogId.newId(), LocalDate.of(2031, 1, 1), null));

        assertEquals(2, service.logBatch(benActor, ben.id(), week).size());
        assertEquals(2, service.logBatch(benActor, ben.id(), week).size());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.logBatch(benActor, ben.id(), broken));

        assertEquals("logs[1].performedOn", e.violations().get(0).field());
        assertEquals(2, service.logs(coach, ben.id(), PageRequest.first(10)).items().size());
    }

    @Test
    void recordsEstimatesAndVolumeAreReadFromTheLogs() {
        service.log(benActor, log(WorkoutLogId.newId(), MONDAY, null, set(UUID.randomUUID(), 5, 100, 2.0), set(UUID.randomUUID(), 5, 100, 1.0)));
        WorkoutLogView later = service.log(benActor, log(WorkoutLogId.newId(), MONDAY.plusDays(7), null, set(UUID.randomUUID(), 5, 105, 2.0)));

        assertEquals(2, later.records().size(), later.records().toString());
        List<PersonalRecord> records = service.records(coach, ben.id());
        PersonalRecord fives = records.stream().filter(r -> r.reps() == 5).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("105").compareTo(fives.kilograms()));
        PersonalRecord estimate = records.stream().filter(PersonalRecord::isEstimatedOneRepMax).findFirst().orElseThrow();
        assertEquals(new BigDecimal("129.5"), estimate.kilograms()); // 105 × (1 + 7/30)
        Map<LocalDate, Map<Muscle, Double>> volume = service.weeklyVolume(benActor, ben.id(), MONDAY, MONDAY.plusDays(13));
        assertEquals(2.0, volume.get(MONDAY).get(Muscle.QUADS));
        assertEquals(1.0, volume.get(MONDAY).get(Muscle.HAMSTRINGS));
        assertEquals(1.0, volume.get(MONDAY.plusDays(7)).get(Muscle.GLUTES));
    }

    @Test
    void recordsAreKeptWithEachLogAndReadFromWhatIsKeptNotFromTheSets() {
        service.log(benActor, log(WorkoutLogId.newId(), MONDAY, null, set(UUID.randomUUID(), 5, 100, 2.0)));
        service.log(benActor, log(WorkoutLogId.newId(), MONDAY.plusDays(2), null, set(UUID.randomUUID(), 3, 110, null)));

        assertEquals(WorkoutLogService.currentRecords(logs.performedSets(coach.workspaceId(), ben.id(), null, null)),
                logs.records.get(ben.id()), "kept as computed from every set");
        logs.rows.clear(); // the read does not look at the sets
        List<PersonalRecord> read = service.records(coach, ben.id());
        assertEquals(List.of(0, 3, 5), read.stream().map(PersonalRecord::reps).toList(), "the estimate first, then by reps");
        assertEquals(MONDAY, read.get(0).date(), "100 kg × 5 at RIR 2 (123.3) beats 110 kg × 3 to failure (121.0)");
    }

    @Test
    void anEditThatTakesAwayARecordsSetCorrectsTheKeptRecord() {
        WorkoutLogId heavy = WorkoutLogId.newId();
        UUID set = UUID.randomUUID();
        service.log(benActor, log(WorkoutLogId.newId(), MONDAY, null, set(UUID.randomUUID(), 5, 100, null)));
        service.log(benActor, log(heavy, MONDAY.plusDays(2), null, set(set, 5, 140, null)));
        assertEquals(0, new BigDecimal("140").compareTo(fives(service.records(coach, ben.id())).kilograms()));

        // 140 kg was a typo for 104: the log is sent again, and the record falls back
        service.log(benActor, log(heavy, MONDAY.plusDays(2), null, set(set, 5, 104, null)));
        assertEquals(0, new BigDecimal("104").compareTo(fives(service.records(coach, ben.id())).kilograms()));
        // and again, with the squat left out: Monday's 100 kg stands
        service.log(benActor, log(heavy, MONDAY.plusDays(2), null));
        PersonalRecord fives = fives(service.records(coach, ben.id()));
        assertEquals(0, new BigDecimal("100").compareTo(fives.kilograms()));
        assertEquals(MONDAY, fives.date());
    }

    @Test
    void setsStoredBeforeRecordsWereKeptAreComputedOnceThenKept() {
        // a log stored without keeping records (written before they were kept)
        logs.save(new com.coachkeep.training.domain.WorkoutLog(WorkoutLogId.newId(), coach.workspaceId(), ben.id(), null, null, MONDAY,
                null, null, List.of(set(UUID.randomUUID(), 5, 120, null)), null, false, app.clock.instant(), app.clock.instant()), false);
        assertTrue(logs.keptRecords(coach.workspaceId(), ben.id()).isEmpty());

        assertEquals(0, new BigDecimal("120").compareTo(fives(service.records(coach, ben.id())).kilograms()));
        assertEquals(2, logs.records.get(ben.id()).size(), "computed once and kept");

        // the same holds when the first thing after is a log of another exercise: every exercise is computed
        logs.records.clear();
        ExerciseId row = ExerciseId.newId();
        exercises.known.add(row);
        service.log(benActor, log(WorkoutLogId.newId(), MONDAY.plusDays(1), null, new LoggedSet(UUID.randomUUID(), row, SetType.WORKING,
                8, null, null, Load.kg(60), null, true, null)));
        assertEquals(Set.of(SQUAT, row), Set.copyOf(service.records(coach, ben.id()).stream().map(PersonalRecord::exercise).toList()));
    }

    private static PersonalRecord fives(List<PersonalRecord> records) {
        return records.stream().filter(r -> r.reps() == 5).findFirst().orElseThrow();
    }

    @Test
    void complianceCountsTrainingDaysOfTheRunningProgramAgainstDaysWithALoggedWorkout() {
        // two weeks from Monday: Lower, Rest, Upper each week (week 2 has the same three days), so 4 training days
        var t = library.create(coach, new ProgramTemplateCommand("Two weeks", null, twoWeeks(), null));
        assignments.assignToClient(coach, ben.id(), t.id(), null, MONDAY);
        service.log(benActor, log(WorkoutLogId.newId(), MONDAY, null, set(UUID.randomUUID(), 5, 100, null)));
        service.log(benActor, log(WorkoutLogId.newId(), MONDAY.plusDays(1), null, set(UUID.randomUUID(), 5, 100, null))); // moved to the rest day
        service.log(benActor, log(WorkoutLogId.newId(), MONDAY.minusDays(20), null, set(UUID.randomUUID(), 5, 90, null))); // before the program
        MeasureWorkoutComplianceService compliance = new MeasureWorkoutComplianceService(programs, logs, new TrainingClients(app.roster, (w, c) -> com.coachkeep.shared.application.ClientAccessPort.ClientAccess.OPEN));
        LocalDate today = MONDAY.plusDays(9);

        var counts = compliance.measure(coach, ben.id(), today, List.of(7, 30)).orElseThrow();

        // the 7 days up to today (Wednesday of week 2): week 2's Monday and Wednesday are scheduled, nothing was logged on them;
        // the 30 days: all four training days, and three days with a workout (one on a rest day, one before the program)
        assertEquals(new com.coachkeep.training.application.port.in.MeasureWorkoutComplianceUseCase.WindowCount(7, 0, 2), counts.get(0), counts.toString());
        assertEquals(new com.coachkeep.training.application.port.in.MeasureWorkoutComplianceUseCase.WindowCount(30, 3, 4), counts.get(1), counts.toString());
        assertEquals(counts, compliance.measure(benActor, ben.id(), today, List.of(7, 30)).orElseThrow(), "the client reads their own");
        assertThrows(NotFoundException.class, () -> compliance.measure(benActor, bea.id(), today, List.of(7)));
    }

    static ProgramPlan twoWeeks() {
        List<ProgramWeek> weeks = new java.util.ArrayList<>();
        for (int w = 0; w < 2; w++) {
            weeks.add(new ProgramWeek(PlanKey.newKey(), List.of(
                    new ProgramDay(PlanKey.newKey(), "Lower", false, List.of(Block.single(ProgramsTest.entry(SQUAT, 3, 5, 100)))),
                    ProgramDay.rest("Rest"),
                    new ProgramDay(PlanKey.newKey(), "Upper", false, List.of(Block.single(ProgramsTest.entry(SQUAT, 3, 5, 80)))))));
        }
        return new ProgramPlan(List.of(new ProgramPhase(PlanKey.newKey(), "Base", weeks)));
    }

    @Test
    void todaysWorkoutResolvesPercentLoadsFromTheEstimatedMaxWithPlateRounding() {
        service.log(benActor, log(WorkoutLogId.newId(), MONDAY, null, set(UUID.randomUUID(), 5, 100, 2.0))); // e1RM 123.3
        BlockEntry squat = new BlockEntry(PlanKey.newKey(), SQUAT, List.of(
                new SetPrescription(SetType.WORKING, 5, 5, null, null, new LoadTarget.PercentOfOneRepMax(new BigDecimal("75")), null, null, null, null, null)), null);
        ProgramPlan plan = new ProgramPlan(List.of(new ProgramPhase(PlanKey.newKey(), "Base", List.of(new ProgramWeek(PlanKey.newKey(),
                List.of(ProgramDay.rest("Rest"), new ProgramDay(PlanKey.newKey(), "Lower", false, List.of(Block.single(squat)))))))));
        var t = library.create(coach, new ProgramTemplateCommand("Percent", null, plan, null));
        assignments.assignToClient(coach, ben.id(), t.id(), null, MONDAY.plusDays(6));

        TodaysWorkout today = todays.today(benActor, ben.id(), MONDAY.plusDays(7));
        TodaysWorkout restDay = todays.today(benActor, ben.id(), MONDAY.plusDays(6));
        TodaysWorkout none = todays.today(benActor, ben.id(), MONDAY.plusDays(30));

        assertEquals("Lower", today.day().name());
        assertEquals(2, today.dayNumber());
        // 75 % of 123.33 kg is 92.5 kg: a 20 kg bar and 25 + 10 + 1.25 kg a side
        var load = today.loads().get(squat.key().toString()).get(0);
        assertNotNull(load);
        assertEquals(0, new BigDecimal("92.5").compareTo(load.total().amount()), load.toString());
        assertTrue(restDay.day().restDay());
        assertEquals(null, none.day());
        assertThrows(NotFoundException.class, () -> todays.today(benActor, bea.id(), MONDAY));
    }

    @Test
    void aSequenceProgramOffersItsNextTrainingDayOnceTheLastIsLoggedWhateverTheDate() {
        LocalDate START = MONDAY.minusDays(14);
        var t = library.create(coach, new ProgramTemplateCommand("Two weeks", null, twoWeeks(), null));
        var p = assignments.assignToClient(coach, ben.id(), t.id(), null, START, com.coachkeep.training.domain.ProgramSchedule.SEQUENCE);
        assertEquals(com.coachkeep.training.domain.ProgramSchedule.SEQUENCE, p.schedule());

        assertEquals(null, todays.today(benActor, ben.id(), START.minusDays(1)).day(), "not before its start");
        TodaysWorkout first = todays.today(benActor, ben.id(), START.plusDays(3));
        assertEquals("Lower", first.day().name(), "on a Thursday, still the first day: nothing was logged");
        assertEquals(1, first.week());
        service.log(benActor, new LogWorkoutCommand(ben.id(), WorkoutLogId.newId(), p.id(), first.day().key(), START.plusDays(3), 3600,
                null, List.of(set(UUID.randomUUID(), 5, 100, null))));

        TodaysWorkout next = todays.today(benActor, ben.id(), START.plusDays(3));
        assertEquals("Upper", next.day().name(), "the next training day the same day, the rest day not waited out");
        assertEquals(3, next.dayNumber());
        for (int i = 0; i < 3; i++) {
            TodaysWorkout d = todays.today(benActor, ben.id(), START.plusDays(4 + i));
            service.log(benActor, new LogWorkoutCommand(ben.id(), WorkoutLogId.newId(), p.id(), d.day().key(), START.plusDays(4 + i), 3600,
                    null, List.of(set(UUID.randomUUID(), 5, 100, null))));
        }
        assertEquals(null, todays.today(benActor, ben.id(), START.plusDays(8)).day(), "every training day logged: the program is done");
        // a log that answers no day of the program does not move it
        var again = assignments.assignToClient(coach, ben.id(), t.id(), null, START.plusDays(10),
                com.coachkeep.training.domain.ProgramSchedule.SEQUENCE);
        service.log(benActor, log(WorkoutLogId.newId(), START.plusDays(10), null, set(UUID.randomUUID(), 5, 100, null)));
        TodaysWorkout fresh = todays.today(benActor, ben.id(), START.plusDays(10));
        assertEquals(again.id(), fresh.programId());
        assertEquals("Lower", fresh.day().name());
    }
}
