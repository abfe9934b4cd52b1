package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Validator;
import java.util.List;
import java.util.Objects;

/** One week of a phase: its days in order (a calendar assignment maps them onto dates, a sequence does not). */
public record ProgramWeek(PlanKey key, List<ProgramDay> days) {
    public static final int MAX_DAYS = 14;

    public ProgramWeek {
        Objects.requireNonNull(key, "key");
        days = days == null ? List.of() : List.copyOf(days);
    }

    void validate(String path, Validator v) {
        v.require(!days.isEmpty(), path + ".days", "a week needs at least one day");
        v.require(days.size() <= MAX_DAYS, path + ".days", "must hold at most " + MAX_DAYS + " days");
        for (int i = 0; i < days.size(); i++) {
            days.get(i).validate(path + ".days[" + i + "]", v);
        }
    }
}
