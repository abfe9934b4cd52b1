package com.coachkeep.training.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One set as it was done, on the client's local date: the load in kilograms (canonical), reps, the effort felt
 * (may be null) and its type. What was prescribed sits beside it in the log; records look at this side only.
 */
public record PerformedSet(LocalDate date, ExerciseId exercise, SetType type, BigDecimal kilograms, int reps,
        Effort effort) {
    public PerformedSet {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(type, "type");
        kilograms = kilograms == null ? BigDecimal.ZERO : kilograms;
    }

    /** The set's estimated one-rep max in kilograms by {@code formula}, or NaN when it supports none. */
    public double estimatedOneRepMax(OneRepMaxFormula formula) {
        return formula.estimate(kilograms.doubleValue(), reps, effort);
    }
}
