package com.coachkeep.training.application.service;

import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent;
import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent.DemoSeededClient;
import com.coachkeep.training.application.port.out.AssignedProgramRepository;
import com.coachkeep.training.application.port.out.ProgramTemplateRepository;
import com.coachkeep.training.application.port.out.WorkoutLogRepository;
import com.coachkeep.training.domain.AssignedProgram;
import com.coachkeep.training.domain.Block;
import com.coachkeep.training.domain.BlockEntry;
import com.coachkeep.training.domain.BlockType;
import com.coachkeep.training.domain.Effort;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.Load;
import com.coachkeep.training.domain.LoadTarget;
import com.coachkeep.training.domain.LoggedSet;
import com.coachkeep.training.domain.PlanKey;
import com.coachkeep.training.domain.ProgramDay;
import com.coachkeep.training.domain.ProgramPhase;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramTemplate;
import com.coachkeep.training.domain.ProgramWeek;
import com.coachkeep.training.domain.SetPrescription;
import com.coachkeep.training.domain.SetType;
import com.coachkeep.training.domain.WorkoutLog;
import com.coachkeep.training.domain.WorkoutLogId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The demo workspace's training: a 12-week strength program in the library (accumulation, intensification,
 * realization with a deload; main lifts as % of 1RM, accessories at fixed loads), assigned to the first three demo
 * clients from the Monday eight weeks back, and eight weeks of believable logs for them (loads rising week by week,
 * reps in reserve felt, now and then a skipped set or a missed session, a few notes). Observes the seeding event, so
 * it runs inside the seeding transaction: all or nothing.
 */
@ApplicationScoped
public class DemoTrainingSeeder {
    static final int WEEKS = 12;
    static final int LOGGED_WEEKS = 8;
    static final int CLIENTS = 3;

    private final ProgramTemplateRepository templates;
    private final AssignedProgramRepository programs;
    private final WorkoutLogRepository logs;

    @Inject
    public DemoTrainingSeeder(ProgramTemplateRepository templates, AssignedProgramRepository programs, WorkoutLogRepository logs) {
        this.templates = templates;
        this.programs = programs;
        this.logs = logs;
    }

    protected DemoTrainingSeeder() {
        this(null, null, null);
    }

    /** A catalogue exercise's id: derived from its slug, as the catalogue's changelog derives it ({@code md5('exercise:' || slug)}). */
    static ExerciseId catalogue(String slug) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(("exercise:" + slug).getBytes(StandardCharsets.UTF_8));
            long hi = 0;
            long lo = 0;
            for (int i = 0; i < 8; i++) {
                hi = (hi << 8) | (md5[i] & 0xff);
                lo = (lo << 8) | (md5[i + 8] & 0xff);
            }
            return new ExerciseId(new UUID(hi, lo));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A main lift (% of 1RM, five sets) and an accessory (fixed load, three sets of ten) per training day. */
    record Day(String name, String main, String accessory, double accessoryKg) {
    }

    static final List<Day> DAYS = List.of(new Day("Lower A", "back-squat", "romanian-deadlift", 60),
            new Day("Upper A", "bench-press", "barbell-row", 50), new Day("Lower B", "deadlift", "front-squat", 50),
            new Day("Upper B", "overhead-press", "lat-pulldown", 45));
    /** Which weekday each training day falls on (Monday 0): Monday, Tuesday, Thursday, Friday. */
    static final int[] WEEKDAY = {0, 1, 3, 4};

    static BigDecimal percentFor(int week) {
        if (week == WEEKS) {
            return new BigDecimal("60");
        }
        int phase = (week - 1) / 4;
        return BigDecimal.valueOf(67.5 + 5 * phase + 2.5 * ((week - 1) % 4));
    }

    static ProgramPlan plan() {
        List<ProgramPhase> phases = new ArrayList<>();
        String[] names = {"Accumulation", "Intensification", "Realization and deload"};
        for (int p = 0; p < 3; p++) {
            List<ProgramWeek> weeks = new ArrayList<>();
            for (int w = 1; w <= 4; w++) {
                int week = p * 4 + w;
                List<ProgramDay> days = new ArrayList<>();
                for (int d = 0; d < 7; d++) {
                    int training = -1;
                    for (int i = 0; i < WEEKDAY.length; i++) {
                        if (WEEKDAY[i] == d) {
                            training = i;
                        }
                    }
                    if (training < 0) {
                        days.add(ProgramDay.rest("Rest"));
                        continue;
                    }
                    Day day = DAYS.get(training);
                    SetPrescription main = new SetPrescription(SetType.WORKING, 5, 5, null, null,
                            new LoadTarget.PercentOfOneRepMax(percentFor(week)), Effort.rir(2), 120, 180, null, null);
                    SetPrescription accessory = new SetPrescription(SetType.WORKING, 8, 10, null, null,
                            new LoadTarget.Fixed(Load.kg(day.accessoryKg())), Effort.rir(2), 60, 90, "31X0", null);
                    days.add(new ProgramDay(PlanKey.newKey(), day.name(), false, List.of(
                            new Block(PlanKey.newKey(), BlockType.SINGLE, List.of(new BlockEntry(PlanKey.newKey(), catalogue(day.main()),
                                    List.of(main, main, main, main, main), null)), null, null, null, null),
                            new Block(PlanKey.newKey(), BlockType.SINGLE, List.of(new BlockEntry(PlanKey.newKey(), catalogue(day.accessory()),
                                    List.of(accessory, accessory, accessory), week == WEEKS ? "Deload: stop two reps short" : null)),
                                    null, null, null, null))));
                }
                weeks.add(new ProgramWeek(PlanKey.newKey(), days));
            }
            phases.add(new ProgramPhase(PlanKey.newKey(), names[p], weeks));
        }
        return new ProgramPlan(phases).validate();
    }

    void seed(@Observes DemoWorkspaceSeededEvent event) {
        ProgramPlan plan = plan();
        ProgramTemplate template = ProgramTemplate.create(event.workspaceId(), "Strength foundations, 12 weeks",
                "Four days a week: squat, bench press, deadlift and overhead press as % of 1RM, rising each week, with a deload in week 12.",
                plan, event.ownerPersonId(), event.at());
        templates.add(template, plan);
        LocalDate today = LocalDate.ofInstant(event.at(), ZoneOffset.UTC);
        LocalDate start = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(LOGGED_WEEKS);
        List<DemoSeededClient> chosen = event.clients().stream().filter(c -> !"archived".equals(c.status())).limit(CLIENTS).toList();
        for (int c = 0; c < chosen.size(); c++) {
            DemoSeededClient client = chosen.get(c);
            AssignedProgram program = AssignedProgram.assign(template, 1, plan, client.clientId(), start,
                    com.coachkeep.training.domain.ProgramSchedule.CALENDAR, client.coachPersonId(), event.at());
            programs.add(program);
            logWeeks(event, client, program, start, today, new Random(31L * c + 7), 0.85 + 0.15 * c);
        }
    }

    private void logWeeks(DemoWorkspaceSeededEvent event, DemoSeededClient client, AssignedProgram program, LocalDate start,
            LocalDate today, Random random, double strength) {
        double[] oneRepMax = {120 * strength, 85 * strength, 150 * strength, 55 * strength};
        String[] notes = {"Felt strong today.", "Slept badly, kept it smooth.", "Lower back a bit tight on the last set.",
                "Great session, bar speed was good.", "Short on time, skipped the last accessory set."};
        for (int week = 1; week <= LOGGED_WEEKS; week++) {
            for (int d = 0; d < DAYS.size(); d++) {
                LocalDate date = start.plusWeeks(week - 1).plusDays(WEEKDAY[d]);
                if (!date.isBefore(today) || random.nextInt(10) == 0) {
                    continue; // not yet, or a missed session
                }
                Day day = DAYS.get(d);
                ProgramDay programDay = program.dayOn(date).orElseThrow().programDay();
                List<LoggedSet> sets = new ArrayList<>();
                BigDecimal kg = BigDecimal.valueOf(oneRepMax[d] * percentFor(week).doubleValue() / 100)
                        .divide(new BigDecimal("2.5"), 0, RoundingMode.HALF_EVEN).multiply(new BigDecimal("2.5"));
                List<SetPrescription> mainTargets = programDay.blocks().get(0).entries().get(0).sets();
                for (SetPrescription target : mainTargets) {
                    sets.add(new LoggedSet(UUID.randomUUID(), catalogue(day.main()), SetType.WORKING, 5, null, null,
                            new Load(kg, com.coachkeep.training.domain.LoadUnit.KG), Effort.rir(1 + random.nextInt(3)), true, target));
                }
                List<SetPrescription> accessoryTargets = programDay.blocks().get(1).entries().get(0).sets();
                for (int i = 0; i < accessoryTargets.size(); i++) {
                    boolean skipped = i == accessoryTargets.size() - 1 && random.nextInt(6) == 0;
                    sets.add(new LoggedSet(UUID.randomUUID(), catalogue(day.accessory()), SetType.WORKING, skipped ? null : 8 + random.nextInt(3),
                            null, null, Load.kg(day.accessoryKg() + 2.5 * (week / 3)), Effort.rir(2), !skipped, accessoryTargets.get(i)));
                }
                String note = random.nextInt(4) == 0 ? notes[random.nextInt(notes.length)] : null;
                WorkoutLog log = new WorkoutLog(WorkoutLogId.newId(), event.workspaceId(), client.clientId(), program.id(),
                        programDay.key(), date, 3000 + random.nextInt(1800), note, sets, client.personId(), false, event.at(), event.at());
                logs.save(log.validate(today), false);
            }
            for (int i = 0; i < oneRepMax.length; i++) {
                oneRepMax[i] *= 1.01;
            }
        }
    }
}
