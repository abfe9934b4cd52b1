package com.coachkeep.training.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ProgramSchedule;
import com.coachkeep.training.domain.ProgramTemplateId;
import java.time.LocalDate;
import java.util.List;

/**
 * Gives many clients a program as a job (up to {@code ProgramAssignmentJob.MAX_CLIENTS}): answers at once with the queued
 * job, which assigns the clients in batches after the request commits. The template version is fixed when the job
 * starts (the current one when {@code templateVersion} is null); each client is checked when their batch runs.
 */
public interface StartProgramAssignmentJobUseCase {
    ProgramAssignmentJobView start(Actor actor, ProgramTemplateId templateId, Integer templateVersion, List<ClientId> clientIds,
            LocalDate startDate, ProgramSchedule schedule);
}
