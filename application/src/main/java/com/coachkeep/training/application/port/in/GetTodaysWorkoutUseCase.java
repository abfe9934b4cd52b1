package com.coachkeep.training.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.PlateMath;
import com.coachkeep.training.domain.ProgramDay;
import com.coachkeep.training.domain.ExerciseId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The day of the client's program that falls on a date, with every percentage load resolved to a weight the bar and
 * plates make (standard kilogram plates) from the client's current estimated one-rep max.
 */
public interface GetTodaysWorkoutUseCase {
    TodaysWorkout today(Actor actor, ClientId clientId, LocalDate date);

    /** {@code day} is null when no program runs on the date; {@code loads} are per entry key, per set (null where unknown). */
    record TodaysWorkout(LocalDate date, AssignedProgramId programId, String programName, Integer week, Integer dayNumber, ProgramDay day,
            Map<String, List<PlateMath.Loading>> loads, Map<ExerciseId, BigDecimal> estimatedOneRepMaxKg) {
    }
}
