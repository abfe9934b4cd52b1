package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ProgramAssignmentJobId;
import com.coachkeep.training.domain.ProgramTemplateId;

/** An assignment job's progress, for staff who manage programs (a job of another template, or workspace, is not found). */
public interface GetProgramAssignmentJobUseCase {
    ProgramAssignmentJobView get(Actor actor, ProgramTemplateId templateId, ProgramAssignmentJobId id);
}
