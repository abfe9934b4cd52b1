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
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Violation;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.training.application.port.in.AssignedProgramView;
import com.coachkeep.training.application.port.in.ProgramTemplateCommand;
import com.coachkeep.training.application.port.in.ProgramTemplateView;
import com.coachkeep.training.application.port.in.TemplateChangeView;
import com.coachkeep.training.domain.Block;
import com.coachkeep.training.domain.BlockEntry;
import com.coachkeep.training.domain.BlockType;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.Load;
import com.coachkeep.training.domain.LoadTarget;
import com.coachkeep.training.domain.PlanChange;
import com.coachkeep.training.domain.PlanKey;
import com.coachkeep.training.domain.ProgramDay;
import com.coachkeep.training.domain.ProgramPhase;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramTemplate;
import com.coachkeep.training.domain.ProgramWeek;
import com.coachkeep.training.domain.SetPrescription;
import com.coachkeep.workspace.domain.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgramsTest {
    static final ExerciseId SQUAT = ExerciseId.newId();
    static final ExerciseId BENCH = ExerciseId.newId();
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final TestApplication app = TestApplication.create();
    private final TrainingFakes.Templates templates = new TrainingFakes.Templates();
    private final TrainingFakes.Programs programs = new TrainingFakes.Programs();
    private final TrainingFakes.Exercises exercises = new TrainingFakes.Exercises();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private ProgramTemplateService library;
    private AssignedProgramService assignments;
    private Actor owner;
    private Actor coach;
    private Actor assistant;
    private Actor benActor;
    private ClientView ben;
    private ClientView bea;
    private ClientView bo;

    @BeforeEach
    void coachWithThreeClients() {
        exercises.known.addAll(List.of(SQUAT, BENCH));
        TrainingClients clients = new TrainingClients(app.roster, (w, c) -> com.coachkeep.shared.application.ClientAccessPort.ClientAccess.OPEN);
        library = new ProgramTemplateService(templates, exercises, audit, app.clock);
        assignments = new AssignedProgramService(programs, templates, exercises, clients, audit, app.clock);
        owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        benActor = app.joinAsClient(coach, "Ben", coach.membershipId());
        ben = app.roster.getOwn(benActor);
        bea = app.addClient(coach, "Bea", coach.membershipId());
        bo = app.addClient(coach, "Bo", coach.membershipId());
    }

    static BlockEntry entry(ExerciseId exercise, int sets, int reps, double kg) {
        List<SetPrescription> s = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
            s.add(SetPrescription.reps(reps, new LoadTarget.Fixed(Load.kg(kg))));
        }
        return new BlockEntry(PlanKey.newKey(), exercise, s, null);
    }

    static ProgramPlan twoDays() {
        ProgramDay lower = new ProgramDay(PlanKey.newKey(), "Lower", false, List.of(Block.single(entry(SQUAT, 3, 5, 100))));
        ProgramDay upper = new ProgramDay(PlanKey.newKey(), "Upper", false, List.of(Block.single(entry(BENCH, 3, 5, 80))));
        return new ProgramPlan(List.of(new ProgramPhase(PlanKey.newKey(), "Base", List.of(
                new ProgramWeek(PlanKey.newKey(), List.of(lower, ProgramDay.rest("Rest"), upper))))));
    }

    /** The plan with the load of every set of {@code exercise} changed to {@code kg}, keys kept. */
    static ProgramPlan withLoad(ProgramPlan plan, ExerciseId exercise, double kg) {
        return new ProgramPlan(plan.phases().stream().map(p -> new ProgramPhase(p.key(), p.name(), p.weeks().stream()
                .map(w -> new ProgramWeek(w.key(), w.days().stream().map(d -> new ProgramDay(d.key(), d.name(), d.restDay(),
                        d.blocks().stream().map(b -> new Block(b.key(), b.type(), b.entries().stream().map(e -> !e.exercise().equals(exercise) ? e
                                : new BlockEntry(e.key(), e.exercise(), e.sets().stream().map(s -> new SetPrescription(s.type(), s.repsMin(),
                                s.repsMax(), s.seconds(), s.metres(), new LoadTarget.Fixed(Load.kg(kg)), s.effort(), s.restMinSeconds(),
                                s.restMaxSeconds(), s.tempo(), s.notes())).toList(), e.notes())).toList(), b.rounds(), b.durationSeconds(),
                                b.workSeconds(), b.restSeconds())).toList())).toList())).toList())).toList());
    }

    private ProgramTemplateView create(ProgramPlan plan) {
        return library.create(coach, new ProgramTemplateCommand("Strength base", "Three lifts", plan, null));
    }

    @Test
    void anInvalidPlanIsRefusedNamingEveryInvalidFieldWithItsPath() {
        ProgramDay bad = new ProgramDay(PlanKey.newKey(), "Day", false, List.of(new Block(PlanKey.newKey(), BlockType.SUPERSET,
                List.of(entry(SQUAT, 1, 5, 100)), null, null, null, null)));
        ProgramPlan plan = new ProgramPlan(List.of(new ProgramPhase(PlanKey.newKey(), "", List.of(new ProgramWeek(PlanKey.newKey(), List.of(bad))))));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> library.create(coach, new ProgramTemplateCommand(" ", null, plan, null)));

        List<String> fields = e.violations().stream().map(Violation::field).toList();
        assertTrue(fields.contains("name"), fields.toString());
        assertTrue(fields.contains("plan.phases[0].name"), fields.toString());
        assertTrue(fields.contains("plan.phases[0].weeks[0].days[0].blocks[0].entries"), fields.toString());
        assertEquals(0, templates.rows.size());
    }

    @Test
    void anExerciseOutsideTheCatalogueIsNamedByItsPlaceInThePlan() {
        ProgramPlan plan = twoDays();
        exercises.known.remove(BENCH);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> create(plan));

        assertEquals(List.of("plan.phases[0].weeks[0].days[2].blocks[0].entries[0].exerciseId"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void eachSaveIsANewVersionAndOldVersionsStayReadable() {
        ProgramPlan v1 = twoDays();
        ProgramTemplateView t = create(v1);
        ProgramPlan v2 = withLoad(v1, SQUAT, 105);

        ProgramTemplateView saved = library.revise(coach, t.id(), new ProgramTemplateCommand("Strength base", null, v2, 1L));

        assertEquals(2, saved.currentVersion());
        assertEquals(v1, library.getVersion(owner, t.id(), 1).plan());
        assertEquals(v2, library.get(assistant, t.id()).plan());
        assertEquals(List.of(2, 1), library.versions(assistant, t.id()).stream().map(v -> v.version()).toList());
        assertThrows(StaleVersionException.class,
                () -> library.revise(coach, t.id(), new ProgramTemplateCommand("Strength base", null, v1, 1L)));
        assertThrows(AccessDeniedException.class,
                () -> library.revise(assistant, t.id(), new ProgramTemplateCommand("x", null, v1, null)));
        assertThrows(AccessDeniedException.class, () -> library.get(benActor, t.id()));
    }

    @Test
    void aDuplicateStartsAtVersionOneAndAnArchivedTemplateIsNeitherEditedNorAssigned() {
        ProgramTemplateView t = create(twoDays());
        library.revise(coach, t.id(), new ProgramTemplateCommand("Strength base", null, withLoad(twoDays(), SQUAT, 90), null));

        ProgramTemplateView copy = library.duplicate(coach, t.id(), null);
        library.archive(coach, t.id());

        assertEquals("Strength base (copy)", copy.name());
        assertEquals(1, copy.currentVersion());
        assertEquals(library.get(coach, t.id()).plan(), copy.plan());
        assertEquals(List.of("Strength base (copy)"), library.list(coach, false, PageRequest.first(10)).items().stream()
                .map(ProgramTemplateView::name).toList());
        assertEquals("archived", library.list(coach, true, PageRequest.first(10)).items().get(0).status());
        assertThrows(ProgramTemplate.TemplateArchivedException.class,
                () -> library.revise(coach, t.id(), new ProgramTemplateCommand("x", null, twoDays(), null)));
        assertThrows(ProgramTemplate.TemplateArchivedException.class,
                () -> assignments.assignToClient(coach, ben.id(), t.id(), null, MONDAY));
    }

    @Test
    void assignmentCopiesAVersionOntoTheCalendarForTheClientsTheCoachCanSee() {
        ProgramTemplateView t = create(twoDays());
        ClientView stranger = app.addClient(owner, "Stranger", null);

        List<AssignedProgramView> given = assignments.assignToClients(coach, List.of(ben.id(), bea.id(), bo.id()), t.id(), null, MONDAY);

        assertEquals(3, given.size());
        assertEquals(MONDAY.plusDays(6), given.get(0).endDate());
        assertEquals(t.plan(), assignments.list(benActor, ben.id()).get(0).plan());
        assertThrows(NotFoundException.class, () -> assignments.list(benActor, bea.id()));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> assignments.assignToClients(coach, List.of(ben.id(), stranger.id()), t.id(), null, MONDAY));
        assertEquals(List.of("clientIds[1]"), e.violations().stream().map(Violation::field).toList());
        assertThrows(NotFoundException.class, () -> assignments.assignToClient(coach, stranger.id(), t.id(), null, MONDAY));
        assertThrows(AccessDeniedException.class, () -> assignments.assignToClient(assistant, ben.id(), t.id(), null, MONDAY));
        assertThrows(AccessDeniedException.class, () -> assignments.assignToClient(benActor, ben.id(), t.id(), null, MONDAY));
        assertEquals(3, programs.rows.size());
        assertEquals(3, audit.records.stream().filter(a -> a.action().equals("program.assigned")).count());
    }

    @Test
    void aTemplateChangeIsReviewedPerClientAndAppliedToTheChosenKeepingOneClientsAdjustment() {
        ProgramPlan v1 = twoDays();
        ProgramTemplateView t = create(v1);
        List<AssignedProgramView> given = assignments.assignToClients(coach, List.of(ben.id(), bea.id(), bo.id()), t.id(), null, MONDAY);
        AssignedProgramView bens = given.get(0);
        // Ben's squat is lighter (his knee); the template then raises both squat and bench
        assignments.adjust(coach, ben.id(), bens.id(), withLoad(v1, SQUAT, 80), null, bens.version());
        ProgramPlan v2 = withLoad(withLoad(v1, SQUAT, 110), BENCH, 85);
        library.revise(coach, t.id(), new ProgramTemplateCommand("Strength base", null, v2, null));

        List<TemplateChangeView> review = assignments.preview(coach, t.id(), null, null);

        assertEquals(3, review.size());
        assertEquals(List.of(bea.id()), assignments.preview(coach, t.id(), null, bea.id()).stream().map(TemplateChangeView::clientId).toList());
        TemplateChangeView forBen = review.stream().filter(r -> r.clientId().equals(ben.id())).findFirst().orElseThrow();
        assertTrue(forBen.changes().stream().anyMatch(c -> c.kind() == PlanChange.Kind.KEPT_ADJUSTMENT), forBen.changes().toString());
        assertTrue(forBen.changes().stream().anyMatch(c -> c.kind() == PlanChange.Kind.CHANGED), forBen.changes().toString());
        assertEquals(withLoad(v2, SQUAT, 80), forBen.resultingPlan());

        List<TemplateChangeView> applied = assignments.apply(coach, t.id(), null, List.of(ben.id(), bea.id()));

        assertEquals(2, applied.size());
        assertEquals(withLoad(v2, SQUAT, 80), assignments.list(coach, ben.id()).get(0).plan());
        assertTrue(assignments.list(coach, ben.id()).get(0).adjusted());
        assertEquals(v2, assignments.list(coach, bea.id()).get(0).plan());
        assertEquals(2, assignments.list(coach, bea.id()).get(0).templateVersion());
        assertEquals(v1, assignments.list(coach, bo.id()).get(0).plan());
        assertEquals(1, assignments.list(coach, bo.id()).get(0).templateVersion());
        assertEquals(List.of(bo.id()), assignments.preview(coach, t.id(), null, null).stream().map(TemplateChangeView::clientId).toList());
        assertEquals(2, audit.records.stream().filter(a -> a.action().equals("program.template_applied")).count());
        assertThrows(AccessDeniedException.class, () -> assignments.apply(assistant, t.id(), null, List.of(bo.id())));
    }

    @Test
    void anAdjustmentWithAStaleVersionOrAnInvalidPlanChangesNothing() {
        ProgramTemplateView t = create(twoDays());
        AssignedProgramView p = assignments.assignToClient(coach, ben.id(), t.id(), null, MONDAY);
        ProgramPlan broken = new ProgramPlan(List.of());

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> assignments.adjust(coach, ben.id(), p.id(), broken, null, null));
        assertThrows(StaleVersionException.class, () -> assignments.adjust(coach, ben.id(), p.id(), null, MONDAY.plusDays(7), 7L));

        assertEquals("plan.phases", e.violations().get(0).field());
        assertFalse(assignments.get(coach, ben.id(), p.id()).adjusted());
        assertEquals(MONDAY, assignments.get(benActor, ben.id(), p.id()).startDate());
    }

    @Test
    void anAssignmentJobAssignsInBatchesWithProgressAndListsTheClientsItCouldNotAssign() {
        ProgramTemplateView t = create(twoDays());
        TrainingFakes.AssignmentJobs jobs = new TrainingFakes.AssignmentJobs();
        ProgramAssignmentJobService service = new ProgramAssignmentJobService(jobs, jobs, templates, programs,
                new TrainingClients(app.roster, (w, c) -> com.coachkeep.shared.application.ClientAccessPort.ClientAccess.OPEN), audit, app.clock);
        List<com.coachkeep.roster.domain.ClientId> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(app.addClient(coach, "Client " + i, coach.membershipId()).id());
        }
        ClientView stranger = app.addClient(app.ownerOfNewWorkspace("Olga", "Other Gym"), "Sam", null);
        many.add(60, stranger.id());

        var queued = service.start(coach, t.id(), null, many, MONDAY, com.coachkeep.training.domain.ProgramSchedule.SEQUENCE);
        assertEquals(com.coachkeep.training.domain.ProgramAssignmentJob.State.QUEUED, queued.state());
        assertEquals(121, queued.total());
        assertEquals(List.of(queued.id()), jobs.started, "the runner is told once the job is queued");
        assertEquals(0, programs.rows.size(), "nothing is assigned before the runner runs");

        assertTrue(service.runBatch(coach, queued.id()));
        var halfway = service.get(coach, t.id(), queued.id());
        assertEquals(com.coachkeep.training.domain.ProgramAssignmentJob.State.RUNNING, halfway.state());
        assertEquals(50, halfway.processed());
        assertEquals(50, halfway.assigned());
        assertTrue(service.runBatch(coach, queued.id()));
        assertFalse(service.runBatch(coach, queued.id()), "the third batch is the last");
        var done = service.get(coach, t.id(), queued.id());
        assertEquals(com.coachkeep.training.domain.ProgramAssignmentJob.State.DONE, done.state());
        assertEquals(121, done.processed());
        assertEquals(120, done.assigned());
        assertEquals(List.of(stranger.id()), done.failures().stream().map(com.coachkeep.training.domain.ProgramAssignmentJob.Failure::clientId).toList());
        assertNotNull(done.finishedAt());
        assertEquals(120, programs.rows.size());
        assertTrue(programs.rows.values().stream().allMatch(p -> p.schedule() == com.coachkeep.training.domain.ProgramSchedule.SEQUENCE));
        assertFalse(service.runBatch(coach, queued.id()), "a finished job runs nothing more");
        assertEquals(120, programs.rows.size());

        // refusals: a client named twice, an assistant, another template's id, a job past its heartbeat
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> service.start(coach, t.id(), null, List.of(ben.id(), ben.id()), MONDAY, null));
        assertEquals("clientIds[1]", twice.violations().get(0).field());
        assertThrows(AccessDeniedException.class, () -> service.start(assistant, t.id(), null, List.of(ben.id()), MONDAY, null));
        ProgramTemplateView other = create(twoDays());
        assertThrows(NotFoundException.class, () -> service.get(coach, other.id(), queued.id()));
        var stalled = service.start(coach, t.id(), null, List.of(ben.id()), MONDAY, null);
        app.clock.advance(java.time.Duration.ofMinutes(3));
        assertEquals(com.coachkeep.training.domain.ProgramAssignmentJob.State.INTERRUPTED, service.get(coach, t.id(), stalled.id()).state());
    }
}
