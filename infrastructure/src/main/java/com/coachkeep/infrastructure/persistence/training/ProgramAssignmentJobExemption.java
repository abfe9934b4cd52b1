package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Assignment jobs are erased ({@link ProgramAssignmentJobErasure}) but not exported: see {@link #notExported()}. */
@ApplicationScoped
public class ProgramAssignmentJobExemption implements DataRightsExemptionPort {
    @Override
    public Map<String, String> notExported() {
        return Map.of("program_assignment_job", "the progress of a bulk assignment (which clients a job dealt with, and why some "
                + "failed): the programs it made are exported with each client and the workspace");
    }
}
