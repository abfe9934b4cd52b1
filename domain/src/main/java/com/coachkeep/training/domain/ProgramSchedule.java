package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.InvalidInputException;
import java.util.Locale;

/**
 * How a client's program meets the days. {@code CALENDAR}: week 1, day 1 is the start date and each week of the plan
 * is seven calendar days, so a missed workout stays missed. {@code SEQUENCE}: the training days come one after the
 * other, the next appearing once the last is logged (rest days are not waited out), for clients whose weeks do not
 * follow a fixed pattern; its end date is where the plan's pace would end it.
 */
public enum ProgramSchedule {
    CALENDAR, SEQUENCE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The schedule a request names ({@code calendar} when it names none); {@code field} names it in the problem. */
    public static ProgramSchedule parse(String value, String field) {
        if (value == null) {
            return CALENDAR;
        }
        for (ProgramSchedule s : values()) {
            if (s.wireName().equals(value)) {
                return s;
            }
        }
        throw InvalidInputException.of(field, "must be calendar or sequence");
    }
}
