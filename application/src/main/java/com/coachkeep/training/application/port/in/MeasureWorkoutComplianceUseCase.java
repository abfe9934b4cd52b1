package com.coachkeep.training.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Workouts done against workouts scheduled, per window of days ending on a date (the client's today): what a client's
 * compliance shows beside nutrition and habits. Scheduled days are the training days (not rest days) of the client's
 * programs on the calendar; done days are the days with a logged workout. Two reads, whatever the history's length.
 */
public interface MeasureWorkoutComplianceUseCase {
    /** Empty when the actor may not read the client's programs (staff without {@code programs_read}). */
    Optional<List<WindowCount>> measure(Actor actor, ClientId clientId, LocalDate today, List<Integer> windows);

    /** Over the {@code days} ending on today: days with a workout logged, and training days scheduled. */
    record WindowCount(int days, int done, int scheduled) {
    }
}
