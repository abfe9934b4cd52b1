package com.coachkeep.audit.application.port.in;

/** Signs the head of every chain that grew since its last checkpoint and stores it outside the database. */
public interface CheckpointAuditChainsUseCase {
    /** Returns how many chains got a new checkpoint. */
    int checkpointAll();
}
