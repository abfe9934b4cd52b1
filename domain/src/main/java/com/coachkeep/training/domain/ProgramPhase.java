package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Validator;
import java.util.List;
import java.util.Objects;

/** A named phase of a program (accumulation, intensification, deload...) and its weeks. */
public record ProgramPhase(PlanKey key, String name, List<ProgramWeek> weeks) {
    public ProgramPhase {
        Objects.requireNonNull(key, "key");
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
    }

    void validate(String path, Validator v) {
        v.require(name != null && !name.isBlank(), path + ".name", "is required");
        v.require(name == null || name.length() <= ProgramDay.MAX_NAME, path + ".name",
                "must be at most " + ProgramDay.MAX_NAME + " characters");
        v.require(!weeks.isEmpty(), path + ".weeks", "a phase needs at least one week");
        for (int i = 0; i < weeks.size(); i++) {
            weeks.get(i).validate(path + ".weeks[" + i + "]", v);
        }
    }
}
