package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Validator;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One set as the client did it (or skipped it), beside what was prescribed: {@code target} is the prescription the
 * set answers (null for a set added on the day), kept without its free-text notes (they stay in the client's encrypted
 * program plan; a target is stored in the clear). The id is the client's own (a phone makes it offline), so sending
 * the same log again never doubles a set. A skipped set ({@code done} false) counts for nothing.
 */
public record LoggedSet(UUID id, ExerciseId exercise, SetType type, Integer reps, Integer seconds, Integer metres, Load load,
        Effort effort, boolean done, SetPrescription target) {
    public static final int MAX_REPS = 1000;

    public LoggedSet {
        Objects.requireNonNull(id, "id");
        target = target == null ? null : target.withoutNotes();
    }

    void validate(String path, Validator v) {
        v.require(exercise != null, path + ".exerciseId", "is required");
        v.require(type != null, path + ".type", "is required");
        v.require(reps == null || (reps >= 0 && reps <= MAX_REPS), path + ".reps", "must be between 0 and " + MAX_REPS);
        v.require(seconds == null || (seconds >= 0 && seconds <= SetPrescription.MAX_SECONDS), path + ".seconds",
                "must be between 0 and " + SetPrescription.MAX_SECONDS);
        v.require(metres == null || (metres >= 0 && metres <= SetPrescription.MAX_METRES), path + ".metres",
                "must be between 0 and " + SetPrescription.MAX_METRES);
        if (target != null) {
            target.validate(path + ".target", v);
        }
    }

    /** The set for records and volume, when it was done; null when skipped or not a set of reps. */
    public PerformedSet performedOn(LocalDate date) {
        if (!done || reps == null || exercise == null || type == null) {
            return null;
        }
        return new PerformedSet(date, exercise, type, load == null ? java.math.BigDecimal.ZERO : load.kilograms(), reps, effort);
    }
}
