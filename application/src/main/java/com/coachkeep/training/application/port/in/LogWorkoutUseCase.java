package com.coachkeep.training.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.List;

/**
 * Logs a workout: the client their own ({@code self_write}), or staff with {@code programs_manage} on the client's
 * behalf (recorded as such). Idempotent by the log's id; a batch (an offline phone's week) stores every log or none.
 */
public interface LogWorkoutUseCase {
    int MAX_BATCH = 100;

    WorkoutLogView log(Actor actor, LogWorkoutCommand command);

    List<WorkoutLogView> logBatch(Actor actor, ClientId clientId, List<LogWorkoutCommand> commands);
}
