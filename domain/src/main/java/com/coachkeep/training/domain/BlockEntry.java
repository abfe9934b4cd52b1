package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Validator;
import java.util.List;
import java.util.Objects;

/** One exercise in a block and its sets. */
public record BlockEntry(PlanKey key, ExerciseId exercise, List<SetPrescription> sets, String notes) {
    public static final int MAX_SETS = 50;

    public BlockEntry {
        Objects.requireNonNull(key, "key");
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    void validate(String path, Validator v) {
        v.require(exercise != null, path + ".exerciseId", "is required");
        v.require(!sets.isEmpty(), path + ".sets", "an exercise needs at least one set");
        v.require(sets.size() <= MAX_SETS, path + ".sets", "must hold at most " + MAX_SETS + " sets");
        v.require(notes == null || notes.length() <= SetPrescription.MAX_NOTES, path + ".notes",
                "must be at most " + SetPrescription.MAX_NOTES + " characters");
        for (int i = 0; i < sets.size(); i++) {
            sets.get(i).validate(path + ".sets[" + i + "]", v);
        }
    }
}
