package com.coachkeep.training.application.service;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ClientPauseEndedEvent;
import com.coachkeep.training.application.port.out.AssignedProgramRepository;
import com.coachkeep.training.domain.AssignedProgram;
import com.coachkeep.training.domain.ProgramSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A client's paused subscription does not cost them their program's place: when the pause ends, every calendar program
 * of theirs that ran during it starts later by the paused days it ran through (so the day they were on when the pause
 * began is the day they resume with). Sequence programs are not moved: their next day waits for the client anyway.
 * Runs in the transaction that applied the pause's end, once per pause; audited per program.
 */
@ApplicationScoped
@Transactional
public class ProgramCalendarShift {
    static final String SYSTEM = "subscription-pause";

    private final AssignedProgramRepository programs;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ProgramCalendarShift(AssignedProgramRepository programs, AuditTrail audit, Clock clock) {
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
    }

    protected ProgramCalendarShift() {
        this(null, null, null);
    }

    public void onPauseEnded(@Observes ClientPauseEndedEvent pause) {
        for (AssignedProgram p : programs.forClient(pause.workspaceId(), new ClientId(pause.clientId()))) {
            long days = shift(p, pause.from(), pause.until());
            if (days <= 0) {
                continue;
            }
            LocalDate before = p.startDate();
            p.adjust(null, before.plusDays(days), clock.instant());
            programs.update(p);
            audit.record(new AuditRecord(pause.workspaceId(), AuditRecord.By.SYSTEM, SYSTEM, "program.calendar_shifted", "assigned_program",
                    p.id().toString(), null, null).detail("client", pause.clientId()).detail("days", days).detail("from_start", before)
                    .detail("to_start", p.startDate()));
        }
    }

    /**
     * The days a program moves for a pause from {@code from} to {@code until} (exclusive): the paused days on which the
     * program ran (from its start, if it began during the pause, to the pause's end); none for a sequence program, one
     * starting after the pause, or one that had ended before it.
     */
    static long shift(AssignedProgram p, LocalDate from, LocalDate until) {
        if (p.schedule() != ProgramSchedule.CALENDAR || !p.startDate().isBefore(until) || p.endDate().isBefore(from)) {
            return 0;
        }
        LocalDate begin = p.startDate().isAfter(from) ? p.startDate() : from;
        return ChronoUnit.DAYS.between(begin, until);
    }
}
