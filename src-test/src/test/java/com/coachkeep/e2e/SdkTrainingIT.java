package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.sdk.ApiClient;
import com.coachkeep.sdk.ApiException;
import com.coachkeep.sdk.api.NutritionAndHabitsApi;
import com.coachkeep.sdk.api.ProgramsApi;
import com.coachkeep.sdk.api.WorkoutsApi;
import com.coachkeep.sdk.model.AdjustProgramRequest;
import com.coachkeep.sdk.model.ApplyTemplateChangesRequest;
import com.coachkeep.sdk.model.AssignProgramToClientsRequest;
import com.coachkeep.sdk.model.AssignedProgram;
import com.coachkeep.sdk.model.Compliance;
import com.coachkeep.sdk.model.ComplianceWindow;
import com.coachkeep.sdk.model.Effort;
import com.coachkeep.sdk.model.LoadTarget;
import com.coachkeep.sdk.model.LoggedLoad;
import com.coachkeep.sdk.model.LoggedSet;
import com.coachkeep.sdk.model.PersonalRecord;
import com.coachkeep.sdk.model.PlanChange;
import com.coachkeep.sdk.model.ProgramBlock;
import com.coachkeep.sdk.model.ProgramDay;
import com.coachkeep.sdk.model.ProgramExerciseEntry;
import com.coachkeep.sdk.model.ProgramPhase;
import com.coachkeep.sdk.model.ProgramPlan;
import com.coachkeep.sdk.model.ProgramTemplate;
import com.coachkeep.sdk.model.ProgramTemplateRequest;
import com.coachkeep.sdk.model.ProgramWeek;
import com.coachkeep.sdk.model.SetPrescription;
import com.coachkeep.sdk.model.TemplateChange;
import com.coachkeep.sdk.model.WorkoutLog;
import com.coachkeep.sdk.model.WorkoutLogBatchItem;
import com.coachkeep.sdk.model.WorkoutLogBatchRequest;
import com.coachkeep.sdk.model.WorkoutLogRequest;
import com.coachkeep.testing.ProgramPlans;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A partner's coaching app, driving the running server through the generated Java SDK only: a coach builds a program,
 * assigns it to three clients; one client logs a week (a log resent after a lost answer, two workouts kept offline
 * and synced together, the batch sent twice); the coach adjusts one client's copy, changes the template and applies
 * the change to two clients, the adjusted one keeping their adjustment; the coach reads compliance and records.
 */
class SdkTrainingIT {
    static final String SQUAT = ProgramPlans.exerciseId("back-squat");
    static final String BENCH = ProgramPlans.exerciseId("bench-press");

    static SetPrescription working(int reps, double kg) {
        return new SetPrescription().type(SetPrescription.TypeEnum.WORKING).repsMin(reps).repsMax(reps)
                .load(new LoadTarget().kind(LoadTarget.KindEnum.FIXED).amount(BigDecimal.valueOf(kg)).unit(LoadTarget.UnitEnum.KG));
    }

    static ProgramDay day(String name, String exercise, double kg) {
        ProgramExerciseEntry entry = new ProgramExerciseEntry().exerciseId(exercise).sets(List.of(working(5, kg), working(5, kg), working(5, kg)));
        return new ProgramDay().name(name).restDay(false).blocks(List.of(new ProgramBlock().type(ProgramBlock.TypeEnum.SINGLE).entries(List.of(entry))));
    }

    static ProgramPlan twoWeeks(double squatKg, double benchKg) {
        List<ProgramWeek> weeks = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            weeks.add(new ProgramWeek().days(List.of(day("Lower", SQUAT, squatKg), new ProgramDay().name("Rest").restDay(true).blocks(List.of()),
                    day("Upper", BENCH, benchKg))));
        }
        return new ProgramPlan().phases(List.of(new ProgramPhase().name("Base").weeks(weeks)));
    }

    /** The plan with every set of {@code exercise} at {@code kg}, keys kept (as an app edits a plan it read). */
    static ProgramPlan withLoad(ProgramPlan plan, String exercise, double kg) {
        for (ProgramPhase p : plan.getPhases()) {
            for (ProgramWeek w : p.getWeeks()) {
                for (ProgramDay d : w.getDays()) {
                    for (ProgramBlock b : d.getBlocks()) {
                        for (ProgramExerciseEntry e : b.getEntries()) {
                            if (e.getExerciseId().equals(exercise)) {
                                e.getSets().forEach(s -> s.getLoad().amount(BigDecimal.valueOf(kg)));
                            }
                        }
                    }
                }
            }
        }
        return plan;
    }

    static List<Double> loadsOf(ProgramPlan plan, String exercise) {
        return plan.getPhases().stream().flatMap(p -> p.getWeeks().stream()).flatMap(w -> w.getDays().stream())
                .flatMap(d -> d.getBlocks().stream()).flatMap(b -> b.getEntries().stream()).filter(e -> e.getExerciseId().equals(exercise))
                .flatMap(e -> e.getSets().stream()).map(s -> s.getLoad().getAmount().doubleValue()).distinct().toList();
    }

    static LoggedSet squat(double kg, int reps, double rir) {
        return new LoggedSet().id(UUID.randomUUID().toString()).exerciseId(SQUAT).type(LoggedSet.TypeEnum.WORKING).reps(reps)
                .load(new LoggedLoad().amount(BigDecimal.valueOf(kg)).unit(LoggedLoad.UnitEnum.KG))
                .effort(new Effort().kind(Effort.KindEnum.RIR).value(BigDecimal.valueOf(rir))).done(true);
    }

    @Test
    void aCoachBuildsAssignsAdjustsAndUpdatesAProgramAndAClientLogsAWeekThroughTheSdk() throws Exception {
        Member owner = Workspaces.signedIn("sdk-coaching-owner");
        String w = Workspaces.create(owner.token(), "SDK coaching " + System.nanoTime());
        Member coach = Workspaces.addStaff(w, owner.token(), "coach");
        Object[] c = Workspaces.addClient(w, owner.token(), coach.membershipId());
        Member cleo = (Member) c[0];
        String cleoId = (String) c[1];
        String bea = (String) Workspaces.addClient(w, owner.token(), coach.membershipId())[1];
        String bo = (String) Workspaces.addClient(w, owner.token(), coach.membershipId())[1];
        ApiClient coachApi = SdkIT.clientFor(coach.token());
        ApiClient cleoApi = SdkIT.clientFor(cleo.token());
        ProgramsApi programs = new ProgramsApi(coachApi);
        WorkoutsApi cleosWorkouts = new WorkoutsApi(cleoApi);

        // the coach builds a two-week program and gives it to three clients from last week's Monday
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        LocalDate start = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        ProgramTemplate template = programs.createProgramTemplate(w, new ProgramTemplateRequest().name("Strength base")
                .description("Squat and bench, twice a week").plan(twoWeeks(100, 60)), UUID.randomUUID().toString());
        assertEquals(1, template.getCurrentVersion());
        List<AssignedProgram> given = programs.assignProgramToClients(template.getId(), w, new AssignProgramToClientsRequest()
                .clientIds(List.of(cleoId, bea, bo)).startDate(start.toString())).getItems();
        assertEquals(List.of(cleoId, bea, bo), given.stream().map(AssignedProgram::getClientId).toList());
        String cleosProgram = given.get(0).getId();

        // Cleo logs Monday, and the app sends it again after a lost answer
        String monday = UUID.randomUUID().toString();
        WorkoutLogRequest mondayLog = new WorkoutLogRequest().performedOn(start.toString()).programId(cleosProgram).durationSeconds(3100)
                .notes("Depth felt good").sets(List.of(squat(100, 5, 2), squat(100, 5, 2), squat(100, 5, 1)));
        WorkoutLog first = cleosWorkouts.logWorkout(monday, cleoId, w, mondayLog);
        WorkoutLog resent = cleosWorkouts.logWorkout(monday, cleoId, w, mondayLog);
        assertEquals(first.getId(), resent.getId());
        // Wednesday and Friday, logged offline and synced together; the app sends the batch twice
        WorkoutLogBatchRequest batch = new WorkoutLogBatchRequest().logs(List.of(
                new WorkoutLogBatchItem().id(UUID.randomUUID().toString()).performedOn(start.plusDays(2).toString()).programId(cleosProgram)
                        .sets(List.of(squat(102.5, 5, 2))),
                new WorkoutLogBatchItem().id(UUID.randomUUID().toString()).performedOn(start.plusDays(4).toString())
                        .sets(List.of(squat(105, 5, 1)))));
        assertEquals(2, cleosWorkouts.logWorkoutBatch(cleoId, w, batch).getItems().size());
        assertEquals(2, cleosWorkouts.logWorkoutBatch(cleoId, w, batch).getItems().size());
        List<WorkoutLog> logs = cleosWorkouts.listWorkoutLogs(cleoId, w, null, 50).getItems();
        assertEquals(3, logs.size(), "the resend and the second batch added nothing");
        assertEquals(3, logs.get(2).getSets().size());

        // the coach lightens Cleo's squat for her knee, then raises squat and bench in the template
        ProgramPlan cleosPlan = programs.getClientProgram(cleosProgram, cleoId, w).getPlan();
        AssignedProgram adjusted = programs.adjustClientProgram(cleosProgram, cleoId, w,
                new AdjustProgramRequest().plan(withLoad(cleosPlan, SQUAT, 90)), "\"1\"");
        assertTrue(adjusted.getAdjusted());
        ProgramPlan v1 = programs.getProgramTemplate(template.getId(), w, null).getPlan();
        ProgramTemplate v2 = programs.reviseProgramTemplate(template.getId(), w, new ProgramTemplateRequest().name("Strength base")
                .plan(withLoad(withLoad(v1, SQUAT, 110), BENCH, 65)), "\"1\"");
        assertEquals(2, v2.getCurrentVersion());

        List<TemplateChange> review = programs.reviewProgramTemplateChanges(template.getId(), w, null, null).getItems();
        assertEquals(3, review.size());
        TemplateChange forCleo = review.stream().filter(r -> r.getClientId().equals(cleoId)).findFirst().orElseThrow();
        assertTrue(forCleo.getChanges().stream().anyMatch(ch -> ch.getKind() == PlanChange.KindEnum.KEPT_ADJUSTMENT), forCleo.toString());
        assertEquals(List.of(90.0), loadsOf(forCleo.getResultingPlan(), SQUAT), "the preview keeps her squat");

        List<TemplateChange> applied = programs.applyProgramTemplateChanges(template.getId(), w,
                new ApplyTemplateChangesRequest().clientIds(List.of(cleoId, bo))).getItems();
        assertEquals(2, applied.size());
        AssignedProgram cleos = programs.getClientProgram(cleosProgram, cleoId, w);
        assertEquals(2, cleos.getTemplateVersion());
        assertEquals(List.of(90.0), loadsOf(cleos.getPlan(), SQUAT), "her adjustment is kept");
        assertEquals(List.of(65.0), loadsOf(cleos.getPlan(), BENCH), "the template's other change reaches her");
        AssignedProgram bos = programs.listClientPrograms(bo, w).getItems().get(0);
        assertEquals(List.of(110.0), loadsOf(bos.getPlan(), SQUAT));
        AssignedProgram beas = programs.listClientPrograms(bea, w).getItems().get(0);
        assertEquals(1, beas.getTemplateVersion(), "Bea was not chosen and stays on version 1");
        assertEquals(List.of(100.0), loadsOf(beas.getPlan(), SQUAT));

        // the coach reads Cleo's compliance and records
        Compliance compliance = new NutritionAndHabitsApi(coachApi).getClientCompliance(cleoId, w);
        ComplianceWindow month = compliance.getWindows().stream().filter(x -> x.getDays() == 30).findFirst().orElseThrow();
        LocalDate asOf = LocalDate.parse(compliance.getToday());
        int scheduled = 0;
        for (int offset : new int[] {0, 2, 7, 9}) { // the two training days of each week
            scheduled += start.plusDays(offset).isAfter(asOf) ? 0 : 1;
        }
        assertEquals(scheduled, month.getWorkouts().getScheduled(), month.toString());
        assertEquals(3, month.getWorkouts().getDone(), month.toString());
        List<PersonalRecord> records = new WorkoutsApi(coachApi).listPersonalRecords(cleoId, w).getItems();
        PersonalRecord fives = records.stream().filter(r -> r.getReps() == 5).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("105").compareTo(fives.getKilograms()), records.toString());
        assertEquals(start.plusDays(4).toString(), fives.getDate());

        // and the SDK reports a refusal as an exception with the problem: Cleo cannot read Bea's programs
        ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> new ProgramsApi(cleoApi).listClientPrograms(bea, w));
        assertEquals(404, refused.getCode());
        assertTrue(refused.getResponseBody().contains("\"status\":404"), refused.getResponseBody());
    }
}
