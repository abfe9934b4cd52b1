package com.coachkeep.training.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.PlanChange;
import com.coachkeep.training.domain.ProgramPlan;
import java.util.List;

/**
 * What taking a template's version would change in one client's program, keeping the coach's adjustments for that
 * client: the changes by place, and the plan the client would have.
 */
public record TemplateChangeView(ClientId clientId, AssignedProgramId programId, int fromVersion, int toVersion,
        boolean changesAnything, List<PlanChange> changes, ProgramPlan resultingPlan) {
}
