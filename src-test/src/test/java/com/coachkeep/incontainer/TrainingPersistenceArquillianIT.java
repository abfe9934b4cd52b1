package com.coachkeep.incontainer;

import static com.coachkeep.incontainer.Fixtures.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.persistence.training.PlaintextProgramEncryption;
import com.coachkeep.privacy.application.port.out.SubjectKeyPort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.out.AssignedProgramRepository;
import com.coachkeep.training.application.port.out.ProgramAssignmentJobRepository;
import com.coachkeep.training.application.port.out.ProgramTemplateRepository;
import com.coachkeep.training.application.port.out.WorkoutLogRepository;
import com.coachkeep.training.domain.AssignedProgram;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.Block;
import com.coachkeep.training.domain.BlockEntry;
import com.coachkeep.training.domain.BlockType;
import com.coachkeep.training.domain.Effort;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.Load;
import com.coachkeep.training.domain.LoadTarget;
import com.coachkeep.training.domain.LoggedSet;
import com.coachkeep.training.domain.PlanKey;
import com.coachkeep.training.domain.ProgramAssignmentJob;
import com.coachkeep.training.domain.ProgramDay;
import com.coachkeep.training.domain.ProgramPhase;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramSchedule;
import com.coachkeep.training.domain.ProgramTemplate;
import com.coachkeep.training.domain.ProgramWeek;
import com.coachkeep.training.domain.SetPrescription;
import com.coachkeep.training.domain.SetType;
import com.coachkeep.training.domain.WorkoutLog;
import com.coachkeep.training.domain.WorkoutLogId;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The training context's repositories on PostgreSQL: a plan with every kind of prescription comes back equal from its
 * jsonb (the template diff and "adjusted" compare plans by equality), a sequence program keeps its schedule and its
 * version check, a log's notes are stored encrypted and read back, its day keys tell how far a sequence has come, an
 * assignment job keeps its clients and failures, and the roster answers many clients in one read. A client's plan is
 * stored encrypted under their key; one stored in plaintext before is encrypted by the start-up step.
 */
@ExtendWith(ArquillianExtension.class)
public class TrainingPersistenceArquillianIT {
    static final ExerciseId SQUAT = new ExerciseId(UUID.randomUUID());
    static final ExerciseId ROW = new ExerciseId(UUID.randomUUID());

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.war("training-persistence-it");
    }

    @Inject
    Fixtures fixtures;
    @Inject
    ProgramTemplateRepository templates;
    @Inject
    AssignedProgramRepository programs;
    @Inject
    WorkoutLogRepository logs;
    @Inject
    ProgramAssignmentJobRepository jobs;
    @Inject
    ClientRepository clients;
    @Inject
    PlaintextProgramEncryption plaintextPlans;
    @Inject
    SubjectKeyPort subjectKeys;

    static ProgramPlan everyKindOfPrescription() {
        SetPrescription percent = new SetPrescription(SetType.WORKING, 3, 5, null, null,
                new LoadTarget.PercentOfOneRepMax(new BigDecimal("77.5")), Effort.rir(2), 120, 180, "3-1-1-0", "Brace hard");
        SetPrescription trainingMax = new SetPrescription(SetType.AMRAP, 5, null, null, null,
                new LoadTarget.PercentOfTrainingMax(new BigDecimal("85")), Effort.rpe(8.5), null, null, null, null);
        SetPrescription pounds = new SetPrescription(SetType.DROP, 8, 12, null, null, new LoadTarget.Fixed(Load.lb(135)), null, 60, 90,
                null, null);
        SetPrescription timed = new SetPrescription(SetType.WARM_UP, null, null, 45, null, null, null, null, null, null, null);
        SetPrescription distance = new SetPrescription(SetType.WORKING, null, null, null, 500, null, null, null, null, null, null);
        Block superset = new Block(PlanKey.newKey(), BlockType.SUPERSET, List.of(
                new BlockEntry(PlanKey.newKey(), SQUAT, List.of(percent, trainingMax), "Pause at the bottom"),
                new BlockEntry(PlanKey.newKey(), ROW, List.of(pounds), null)), 3, null, null, null);
        Block single = Block.single(new BlockEntry(PlanKey.newKey(), ROW, List.of(timed, distance), null));
        ProgramDay training = new ProgramDay(PlanKey.newKey(), "Heavy day – Ünïcode ✓", false, List.of(superset, single));
        return new ProgramPlan(List.of(new ProgramPhase(PlanKey.newKey(), "Accumulation", List.of(
                new ProgramWeek(PlanKey.newKey(), List.of(training, ProgramDay.rest("Rest")))))));
    }

    @Test
    public void aPlanWithEveryKindOfPrescriptionComesBackEqualAndASequenceProgramKeepsItsScheduleAndVersion() {
        com.coachkeep.workspace.domain.Person owner = fixtures.person("owner");
        Workspace.Founded a = fixtures.workspace(owner);
        WorkspaceId w = a.workspace().id();
        Client client = fixtures.client(w, "Pat Lifter");
        ProgramPlan plan = everyKindOfPrescription().validate();
        ProgramTemplate template = ProgramTemplate.create(w, "Strength", null, plan, owner.id(), now());
        Tx.run(() -> templates.add(template, plan));

        assertEquals(plan, Tx.call(() -> templates.findVersion(w, template.id(), 1)).orElseThrow(), "jsonb round trip keeps the plan equal");

        AssignedProgram program = AssignedProgram.assign(template, 1, plan, client.id(), LocalDate.of(2026, 12, 7), ProgramSchedule.SEQUENCE,
                owner.id(), now());
        Tx.run(() -> programs.add(program));
        AssignedProgram found = Tx.call(() -> programs.find(w, program.id())).orElseThrow();
        assertEquals(ProgramSchedule.SEQUENCE, found.schedule());
        assertEquals(plan, found.plan());
        assertFalse(found.adjustedFrom(plan));
        Object[] stored = Db.in(w).rows("select plan, plan_ct from assigned_program where id = ?", program.id().value()).get(0);
        assertNull(stored[0], "no plaintext plan");
        assertFalse(new String((byte[]) stored[1], StandardCharsets.ISO_8859_1).contains("Brace hard"), "the plan is stored encrypted");

        AssignedProgram stale = Tx.call(() -> programs.find(w, program.id())).orElseThrow();
        found.adjust(null, LocalDate.of(2026, 12, 14), now());
        Tx.run(() -> programs.update(found));
        stale.adjust(null, LocalDate.of(2026, 12, 21), now());
        assertThrows(StaleVersionException.class, () -> Tx.run(() -> programs.update(stale)));
        assertEquals(LocalDate.of(2026, 12, 14), Tx.call(() -> programs.find(w, program.id())).orElseThrow().startDate());

        // a log against the program's training day: its notes encrypted at rest, its day key how far the sequence came
        ProgramDay day = plan.trainingDays().get(0);
        WorkoutLog log = new WorkoutLog(WorkoutLogId.newId(), w, client.id(), program.id(), day.key(), LocalDate.of(2026, 12, 7), 3600,
                "Marker-training-notes: left hip tight", List.of(new LoggedSet(UUID.randomUUID(), SQUAT, SetType.WORKING, 5, null, null,
                Load.kg(102.5), Effort.rir(2), true, day.blocks().get(0).entries().get(0).sets().get(0))), owner.id(), true, now(), now());
        Tx.run(() -> logs.save(log, false));
        WorkoutLog read = Tx.call(() -> logs.find(w, log.id())).orElseThrow();
        assertEquals("Marker-training-notes: left hip tight", read.notes());
        assertEquals(log.sets(), read.sets(), "each set comes back with its target beside it");
        assertEquals(0, Db.in(w).countRows("select count(*) from workout_log where id = ? and position('Marker-training-notes' in "
                + "encode(coalesce(notes_ct, ''::bytea), 'escape')) > 0", log.id().value()), "the notes are not stored in plain text");
        assertEquals(Set.of(day.key()), Tx.call(() -> logs.dayKeysLogged(w, program.id())));
        assertTrue(found.nextInSequence(LocalDate.of(2026, 12, 14), Set.of(day.key())).isEmpty(), "its only training day is logged");
    }

    @Test
    public void plansStoredInPlaintextAreEncryptedByTheStartUpStepAndAnErasedClientsProgramIsNotFound() {
        com.coachkeep.workspace.domain.Person owner = fixtures.person("owner");
        WorkspaceId w = fixtures.workspace(owner).workspace().id();
        Client client = fixtures.client(w, "Legacy Lifter");
        Client erased = fixtures.client(w, "Erased Lifter");
        ProgramPlan plan = everyKindOfPrescription().validate();
        ProgramTemplate template = ProgramTemplate.create(w, "Legacy", null, plan, owner.id(), now());
        Tx.run(() -> templates.add(template, plan));
        String planJson = (String) Db.in(w).single("select plan::text from program_template_version where template_id = ?",
                template.id().value());
        UUID legacy = UUID.randomUUID();
        UUID legacyOfErased = UUID.randomUUID();
        for (Object[] row : List.of(new Object[] {legacy, client.id().value()}, new Object[] {legacyOfErased, erased.id().value()})) {
            Db.in(w).rows("insert into assigned_program (workspace_id, id, client_id, template_id, template_version, name, start_date, "
                    + "plan, created_at, updated_at, version) values (?, ?, ?, ?, 1, 'Legacy', date '2026-12-07', cast(? as jsonb), now(), "
                    + "now(), 1) returning id", w.value(), row[0], row[1], template.id().value(), planJson);
        }
        AssignedProgramId legacyId = new AssignedProgramId(legacy);
        assertEquals(plan, Tx.call(() -> programs.find(w, legacyId)).orElseThrow().plan(), "readable before the migration");
        Tx.run(() -> subjectKeys.destroy(DataSubject.client(w, erased.id())));

        while (Tx.call(() -> plaintextPlans.encryptBatch(50)) > 0) {
            // until no plaintext plan is left anywhere
        }

        Object[] row = Db.in(w).rows("select plan, plan_ct from assigned_program where id = ?", legacy).get(0);
        assertNull(row[0]);
        assertFalse(new String((byte[]) row[1], StandardCharsets.ISO_8859_1).contains("Brace hard"));
        assertEquals(plan, Tx.call(() -> programs.find(w, legacyId)).orElseThrow().plan(), "reads the same once encrypted");
        assertEquals(0, Db.in(w).countRows("select count(*) from assigned_program where id = ?", legacyOfErased),
                "an erased client's plaintext plan is deleted, not encrypted");
        assertEquals(0, Tx.call(() -> plaintextPlans.encryptBatch(50)), "idempotent");

        // a program whose client's key is destroyed reads as gone, before its row is deleted
        AssignedProgram later = AssignedProgram.assign(template, 1, plan, client.id(), LocalDate.of(2026, 12, 14), ProgramSchedule.CALENDAR,
                owner.id(), now());
        Tx.run(() -> programs.add(later));
        assertEquals(2, Tx.call(() -> programs.forClient(w, client.id())).size());
        Tx.run(() -> subjectKeys.destroy(DataSubject.client(w, client.id())));
        assertTrue(Tx.call(() -> programs.find(w, later.id())).isEmpty());
        assertTrue(Tx.call(() -> programs.forClient(w, client.id())).isEmpty());
        assertTrue(Tx.call(() -> programs.forTemplate(w, template.id())).isEmpty());
    }

    @Test
    public void keptRecordsAreReplacedPerExerciseAndTheRecordSetProbeSeesOnlySetsThatCanHoldOne() {
        com.coachkeep.workspace.domain.Person owner = fixtures.person("owner");
        WorkspaceId w = fixtures.workspace(owner).workspace().id();
        Client client = fixtures.client(w, "Rec Holder");
        LocalDate day = LocalDate.of(2026, 12, 1);
        WorkoutLog warmUpOnly = new WorkoutLog(WorkoutLogId.newId(), w, client.id(), null, null, day, null, null, List.of(
                new LoggedSet(UUID.randomUUID(), SQUAT, SetType.WARM_UP, 5, null, null, Load.kg(60), null, true, null),
                new LoggedSet(UUID.randomUUID(), SQUAT, SetType.WORKING, 5, null, null, Load.kg(100), null, false, null)),
                owner.id(), true, now(), now());
        Tx.run(() -> logs.save(warmUpOnly, false));
        assertFalse(Tx.call(() -> logs.hasRecordSets(w, client.id())), "a warm-up and a skipped set hold no record");
        WorkoutLog working = new WorkoutLog(WorkoutLogId.newId(), w, client.id(), null, null, day, null, null, List.of(
                new LoggedSet(UUID.randomUUID(), SQUAT, SetType.WORKING, 5, null, null, Load.kg(102.5), null, true, null)),
                owner.id(), true, now(), now());
        Tx.run(() -> logs.save(working, false));
        assertTrue(Tx.call(() -> logs.hasRecordSets(w, client.id())));

        List<com.coachkeep.training.domain.PersonalRecord> squat = List.of(
                new com.coachkeep.training.domain.PersonalRecord(SQUAT, day, 0, new BigDecimal("119.6")),
                new com.coachkeep.training.domain.PersonalRecord(SQUAT, day, 5, new BigDecimal("102.5000")));
        List<com.coachkeep.training.domain.PersonalRecord> row = List.of(
                new com.coachkeep.training.domain.PersonalRecord(ROW, day.plusDays(1), 8, new BigDecimal("60.0000")));
        Tx.run(() -> {
            logs.lockRecords(w, client.id());
            logs.keepRecords(w, client.id(), null, squat);
            logs.keepRecords(w, client.id(), Set.of(ROW), row);
        });
        assertEquals(Set.copyOf(squat), Set.copyOf(Tx.call(() -> logs.keptRecords(w, client.id())).stream()
                .filter(r -> r.exercise().equals(SQUAT)).toList()), "kept as given, scale and all");
        Tx.run(() -> logs.keepRecords(w, client.id(), Set.of(SQUAT), List.of()));
        assertEquals(row, Tx.call(() -> logs.keptRecords(w, client.id())), "replacing the squat's leaves the row's");
        Tx.run(() -> logs.keepRecords(w, client.id(), null, List.of()));
        assertTrue(Tx.call(() -> logs.keptRecords(w, client.id())).isEmpty());
    }

    @Test
    public void anAssignmentJobKeepsItsClientsAndFailuresAndTheRosterAnswersManyClientsInOneRead() {
        com.coachkeep.workspace.domain.Person owner = fixtures.person("owner");
        Workspace.Founded a = fixtures.workspace(owner);
        WorkspaceId w = a.workspace().id();
        Workspace.Founded b = fixtures.workspace(fixtures.person("other-owner"));
        List<Client> mine = List.of(fixtures.client(w, "Ana"), fixtures.client(w, "Bo"), fixtures.client(w, "Cy"));
        Client theirs = fixtures.client(b.workspace().id(), "Dee");
        ProgramPlan plan = everyKindOfPrescription().validate();
        ProgramTemplate template = ProgramTemplate.create(w, "Job", null, plan, owner.id(), now());
        Tx.run(() -> templates.add(template, plan));

        List<com.coachkeep.roster.domain.ClientId> named = List.of(mine.get(0).id(), theirs.id(), mine.get(1).id(), mine.get(2).id());
        assertEquals(Set.of(mine.get(0).id(), mine.get(1).id(), mine.get(2).id()),
                Set.copyOf(Tx.call(() -> clients.findByIds(w, named)).stream().map(Client::id).toList()),
                "another workspace's client is not among them");

        ProgramAssignmentJob job = ProgramAssignmentJob.queue(w, template.id(), 1, LocalDate.of(2026, 12, 14), ProgramSchedule.CALENDAR,
                named, owner.id(), now());
        Tx.run(() -> jobs.add(job));
        Tx.run(() -> {
            ProgramAssignmentJob locked = jobs.findForUpdate(w, job.id()).orElseThrow();
            assertEquals(named.subList(0, 2), locked.nextBatch(2));
            locked.recordBatch(1, List.of(new ProgramAssignmentJob.Failure(theirs.id(), "not a client of this workspace")), now());
            jobs.update(locked);
        });
        ProgramAssignmentJob read = Tx.call(() -> jobs.find(w, job.id())).orElseThrow();
        assertEquals(named, read.clientIds(), "the clients keep their order");
        assertEquals(2, read.processed());
        assertEquals(1, read.assigned());
        assertEquals(List.of(new ProgramAssignmentJob.Failure(theirs.id(), "not a client of this workspace")), read.failures());
        assertEquals(ProgramAssignmentJob.State.RUNNING, read.state());
        assertEquals(List.of(mine.get(1).id(), mine.get(2).id()), read.remaining());
        assertTrue(Tx.call(() -> jobs.find(b.workspace().id(), job.id())).isEmpty(), "another workspace does not find it");
    }
}
