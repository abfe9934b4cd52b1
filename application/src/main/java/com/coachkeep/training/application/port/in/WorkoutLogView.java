package com.coachkeep.training.application.port.in;

import com.coachkeep.training.domain.PersonalRecord;
import com.coachkeep.training.domain.WorkoutLog;
import java.util.List;

/** A stored log; {@code created} is false when the request replaced a log of the same id; the records it set. */
public record WorkoutLogView(WorkoutLog log, boolean created, List<PersonalRecord> records) {
}
