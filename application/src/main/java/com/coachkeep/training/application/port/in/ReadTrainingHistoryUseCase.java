package com.coachkeep.training.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.Muscle;
import com.coachkeep.training.domain.PersonalRecord;
import com.coachkeep.training.domain.WorkoutLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A client's training history: logs, one exercise's sessions with estimated 1RM, personal records, weekly volume. */
public interface ReadTrainingHistoryUseCase {
    Page<WorkoutLog> logs(Actor actor, ClientId clientId, PageRequest page);

    /** Per date, the sets done and the day's best estimated one-rep max (kg, Epley RIR-adjusted), oldest first. */
    List<SessionView> exerciseHistory(Actor actor, ClientId clientId, ExerciseId exercise);

    /** The current records: per exercise, the heaviest load per rep count and the best estimated 1RM. */
    List<PersonalRecord> records(Actor actor, ClientId clientId);

    /** Hard sets per muscle group per week (weeks from Monday), for the weeks from {@code from} to {@code to}. */
    Map<LocalDate, Map<Muscle, Double>> weeklyVolume(Actor actor, ClientId clientId, LocalDate from, LocalDate to);

    record SessionView(LocalDate date, List<SetView> sets, BigDecimal bestEstimatedOneRepMaxKg) {
    }

    record SetView(int reps, BigDecimal kilograms, String effort, String type) {
    }
}
