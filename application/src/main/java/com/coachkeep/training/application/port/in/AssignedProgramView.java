package com.coachkeep.training.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.training.domain.AssignedProgram;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramSchedule;
import com.coachkeep.training.domain.ProgramTemplateId;
import java.time.Instant;
import java.time.LocalDate;

/** A client's program; {@code adjusted} says whether the coach changed it from the template version it is based on. */
public record AssignedProgramView(AssignedProgramId id, ClientId clientId, ProgramTemplateId templateId, int templateVersion,
        String name, LocalDate startDate, ProgramSchedule schedule, LocalDate endDate, boolean adjusted, ProgramPlan plan, Instant createdAt,
        Instant updatedAt, long version) {
    public static AssignedProgramView of(AssignedProgram p, boolean adjusted) {
        return new AssignedProgramView(p.id(), p.clientId(), p.templateId(), p.templateVersion(), p.name(), p.startDate(), p.schedule(),
                p.endDate(), adjusted, p.plan(), p.createdAt(), p.updatedAt(), p.version());
    }
}
