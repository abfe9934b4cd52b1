package com.coachkeep.training.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.ProgramPlan;
import java.time.LocalDate;

/**
 * The coach changes one client's copy (the whole plan, keeping the keys of elements it keeps, and/or the start date);
 * later template changes keep these adjustments.
 */
public interface AdjustAssignedProgramUseCase {
    AssignedProgramView adjust(Actor actor, ClientId clientId, AssignedProgramId id, ProgramPlan plan, LocalDate startDate,
            Long expectedVersion);
}
