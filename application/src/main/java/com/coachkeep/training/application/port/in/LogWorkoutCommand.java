package com.coachkeep.training.application.port.in;

import com.coachkeep.training.domain.LoggedSet;
import com.coachkeep.training.domain.WorkoutLogId;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.PlanKey;
import java.time.LocalDate;
import java.util.List;

/**
 * A workout log as the client (or their coach) sends it, with its client-generated id and its sets' ids; sending it
 * again replaces it. {@code programId} and {@code dayKey} say which day of the client's program it answers (optional).
 */
public record LogWorkoutCommand(ClientId clientId, WorkoutLogId logId, AssignedProgramId programId, PlanKey dayKey, LocalDate performedOn,
        Integer durationSeconds, String notes, List<LoggedSet> sets) {
}
