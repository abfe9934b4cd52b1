package com.coachkeep.training.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How hard a set is meant to be (or was): a rating of perceived exertion (RPE, 1 to 10 in half steps) or
 * repetitions in reserve (RIR, 0 to 10). The two are the same scale read from opposite ends on the
 * reps-in-reserve RPE chart: RPE 8 means two reps left, so {@link #repsInReserve()} answers for either.
 */
public record Effort(Kind kind, BigDecimal value) {
    public enum Kind { RPE, RIR }

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    public Effort {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        value = value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
        if (value.remainder(HALF).signum() != 0) {
            throw new IllegalArgumentException("must be a whole or half number");
        }
        if (kind == Kind.RPE && (value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(TEN) > 0)) {
            throw new IllegalArgumentException("RPE must be between 1 and 10");
        }
        if (kind == Kind.RIR && (value.signum() < 0 || value.compareTo(TEN) > 0)) {
            throw new IllegalArgumentException("RIR must be between 0 and 10");
        }
    }

    public static Effort rpe(double value) {
        return new Effort(Kind.RPE, BigDecimal.valueOf(value));
    }

    public static Effort rir(double value) {
        return new Effort(Kind.RIR, BigDecimal.valueOf(value));
    }

    /** Repetitions left in the tank: the RIR itself, or 10 minus the RPE. */
    public double repsInReserve() {
        return kind == Kind.RIR ? value.doubleValue() : TEN.subtract(value).doubleValue();
    }
}
