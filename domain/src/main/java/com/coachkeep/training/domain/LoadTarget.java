package com.coachkeep.training.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What load a set is prescribed at: a fixed load, or a percentage of the client's one-rep max or training max,
 * which resolves to a loadable weight only when the client's numbers are known (see {@link #resolve}).
 */
public sealed interface LoadTarget {
    /** The highest percentage accepted: supramaximal work (eccentrics, partials) goes a little above 100. */
    BigDecimal MAX_PERCENT = new BigDecimal("150");

    /**
     * The weight to load, rounded by {@code plates}; empty when the target depends on a maximum that is not known.
     * {@code oneRepMaxKg} and {@code trainingMaxKg} may be null.
     */
    Optional<PlateMath.Loading> resolve(BigDecimal oneRepMaxKg, BigDecimal trainingMaxKg, PlateMath plates);

    record Fixed(Load load) implements LoadTarget {
        public Fixed {
            Objects.requireNonNull(load, "load");
        }

        @Override
        public Optional<PlateMath.Loading> resolve(BigDecimal oneRepMaxKg, BigDecimal trainingMaxKg, PlateMath plates) {
            return Optional.of(plates.nearest(load));
        }
    }

    record PercentOfOneRepMax(BigDecimal percent) implements LoadTarget {
        public PercentOfOneRepMax {
            percent = checkPercent(percent);
        }

        @Override
        public Optional<PlateMath.Loading> resolve(BigDecimal oneRepMaxKg, BigDecimal trainingMaxKg, PlateMath plates) {
            return percentOf(oneRepMaxKg, percent, plates);
        }
    }

    record PercentOfTrainingMax(BigDecimal percent) implements LoadTarget {
        public PercentOfTrainingMax {
            percent = checkPercent(percent);
        }

        @Override
        public Optional<PlateMath.Loading> resolve(BigDecimal oneRepMaxKg, BigDecimal trainingMaxKg, PlateMath plates) {
            return percentOf(trainingMaxKg, percent, plates);
        }
    }

    /** The percentage checked and in its shortest form, so that 75 and 75.0 are the same target. */
    private static BigDecimal checkPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() <= 0 || percent.compareTo(MAX_PERCENT) > 0) {
            throw new IllegalArgumentException("must be above 0 and at most " + MAX_PERCENT + " percent");
        }
        BigDecimal shortest = percent.stripTrailingZeros();
        return shortest.scale() < 0 ? shortest.setScale(0) : shortest;
    }

    private static Optional<PlateMath.Loading> percentOf(BigDecimal maxKg, BigDecimal percent, PlateMath plates) {
        if (maxKg == null || maxKg.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal kg = maxKg.multiply(percent).movePointLeft(2).setScale(3, java.math.RoundingMode.HALF_EVEN);
        return Optional.of(plates.nearest(new Load(kg, LoadUnit.KG)));
    }
}
