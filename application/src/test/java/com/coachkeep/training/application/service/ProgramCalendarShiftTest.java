package com.coachkeep.training.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.ClientPauseEndedEvent;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.training.domain.AssignedProgram;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.PlanKey;
import com.coachkeep.training.domain.ProgramDay;
import com.coachkeep.training.domain.ProgramPhase;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramSchedule;
import com.coachkeep.training.domain.ProgramTemplateId;
import com.coachkeep.training.domain.ProgramWeek;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The days a subscription's pause moves a client's programs: calendar programs that ran during it, by the days they ran through. */
class ProgramCalendarShiftTest {
    static final WorkspaceId W = WorkspaceId.newId();
    static final ClientId CLIENT = ClientId.newId();
    static final LocalDate FROM = LocalDate.parse("2026-12-01");
    static final LocalDate UNTIL = LocalDate.parse("2026-12-06");

    /** A program of {@code weeks} weeks from {@code start}. */
    static AssignedProgram program(LocalDate start, int weeks, ProgramSchedule schedule) {
        List<ProgramWeek> ws = new java.util.ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            ws.add(new ProgramWeek(PlanKey.newKey(), List.of(new ProgramDay(PlanKey.newKey(), "Rest", true, List.of()))));
        }
        ProgramPlan plan = new ProgramPlan(List.of(new ProgramPhase(PlanKey.newKey(), "Base", ws)));
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        return new AssignedProgram(AssignedProgramId.newId(), W, CLIENT, ProgramTemplateId.newId(), 1, "P", start, schedule, plan, PersonId.newId(),
                t, t, 1);
    }

    @Test
    void aCalendarProgramRunningThroughThePauseMovesByThePausedDays() {
        assertEquals(5, ProgramCalendarShift.shift(program(FROM.minusDays(10), 4, ProgramSchedule.CALENDAR), FROM, UNTIL));
        // begun during the pause: by the paused days from its start
        assertEquals(2, ProgramCalendarShift.shift(program(FROM.plusDays(3), 4, ProgramSchedule.CALENDAR), FROM, UNTIL));
        // ending during the pause: still moved by the whole pause from its first day (its remaining days come after it)
        assertEquals(5, ProgramCalendarShift.shift(program(FROM.minusDays(5), 1, ProgramSchedule.CALENDAR), FROM, UNTIL));
    }

    @Test
    void sequenceProgramsAndProgramsOutsideThePauseStay() {
        assertEquals(0, ProgramCalendarShift.shift(program(FROM.minusDays(10), 4, ProgramSchedule.SEQUENCE), FROM, UNTIL));
        assertEquals(0, ProgramCalendarShift.shift(program(UNTIL, 4, ProgramSchedule.CALENDAR), FROM, UNTIL));
        assertEquals(0, ProgramCalendarShift.shift(program(FROM.minusDays(14), 1, ProgramSchedule.CALENDAR), FROM, UNTIL));
    }

    @Test
    void theEndOfAPauseMovesTheClientsCalendarProgramsOnceEachAndAuditsIt() {
        TrainingFakes.Programs programs = new TrainingFakes.Programs();
        AssignedProgram calendar = program(FROM.minusDays(3), 4, ProgramSchedule.CALENDAR);
        AssignedProgram sequence = program(FROM.minusDays(3), 4, ProgramSchedule.SEQUENCE);
        programs.add(calendar);
        programs.add(sequence);
        RecordingAuditTrail audit = new RecordingAuditTrail();
        new ProgramCalendarShift(programs, audit, Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC))
                .onPauseEnded(new ClientPauseEndedEvent(W, CLIENT.value(), FROM, UNTIL));
        assertEquals(FROM.plusDays(2), programs.find(W, calendar.id()).orElseThrow().startDate());
        assertEquals(FROM.minusDays(3), programs.find(W, sequence.id()).orElseThrow().startDate());
        assertEquals(1, audit.records.size());
        assertEquals("program.calendar_shifted", audit.last().action());
        assertEquals("5", audit.last().details().get("days"));
    }
}
