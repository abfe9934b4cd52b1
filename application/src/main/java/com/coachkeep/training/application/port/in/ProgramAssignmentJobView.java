package com.coachkeep.training.application.port.in;

import com.coachkeep.training.domain.ProgramAssignmentJob;
import com.coachkeep.training.domain.ProgramAssignmentJobId;
import com.coachkeep.training.domain.ProgramSchedule;
import com.coachkeep.training.domain.ProgramTemplateId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An assignment job as its requester sees it: how far it came, and the clients it could not assign with the reason. */
public record ProgramAssignmentJobView(ProgramAssignmentJobId id, ProgramTemplateId templateId, int templateVersion, LocalDate startDate,
        ProgramSchedule schedule, ProgramAssignmentJob.State state, int total, int processed, int assigned,
        List<ProgramAssignmentJob.Failure> failures, Instant createdAt, Instant updatedAt, Instant finishedAt) {
    public static ProgramAssignmentJobView of(ProgramAssignmentJob job, Instant now) {
        return new ProgramAssignmentJobView(job.id(), job.templateId(), job.templateVersion(), job.startDate(), job.schedule(),
                job.stateAt(now), job.clientIds().size(), job.processed(), job.assigned(), job.failures(), job.createdAt(),
                job.updatedAt(), job.finishedAt());
    }
}
