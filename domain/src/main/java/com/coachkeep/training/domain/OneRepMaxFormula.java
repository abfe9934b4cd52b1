package com.coachkeep.training.domain;

/**
 * Estimated one-repetition maximum from a set of {@code reps} at a load, counting the reps left in reserve as
 * if they had been done (the "RIR-adjusted" estimate: a set of 5 at RIR 2 is treated as a 7-rep max).
 * <ul>
 * <li>Epley: {@code load × (1 + reps/30)}, with a single rep answering the load itself;</li>
 * <li>Brzycki: {@code load × 36 / (37 − reps)}, defined below 37 reps.</li>
 * </ul>
 * Both agree closely up to about ten reps; beyond twelve effective reps the estimate is unreliable, so
 * {@link #estimate} answers nothing there rather than a misleading number.
 */
public enum OneRepMaxFormula {
    EPLEY {
        @Override
        double factor(double effectiveReps) {
            return effectiveReps <= 1 ? 1 : 1 + effectiveReps / 30.0;
        }
    },
    BRZYCKI {
        @Override
        double factor(double effectiveReps) {
            return 36.0 / (37.0 - effectiveReps);
        }
    };

    /** The highest number of effective reps (reps plus reps in reserve) an estimate is made from. */
    public static final double MAX_EFFECTIVE_REPS = 12;

    abstract double factor(double effectiveReps);

    /**
     * The estimate in kilograms, or {@code NaN} when the set cannot support one (no reps, no load, or more than
     * {@link #MAX_EFFECTIVE_REPS} effective reps). {@code effort} may be null (taken as a set to failure).
     */
    public double estimate(double kilograms, int reps, Effort effort) {
        if (reps < 1 || kilograms <= 0) {
            return Double.NaN;
        }
        double effective = reps + (effort == null ? 0 : effort.repsInReserve());
        if (effective > MAX_EFFECTIVE_REPS) {
            return Double.NaN;
        }
        return kilograms * factor(effective);
    }

    /** The load in kilograms that a person with this one-rep max can lift for {@code reps} at {@code effort}. */
    public double loadFor(double oneRepMaxKilograms, int reps, Effort effort) {
        double effective = reps + (effort == null ? 0 : effort.repsInReserve());
        return oneRepMaxKilograms / factor(Math.max(1, effective));
    }
}
