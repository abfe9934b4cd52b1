package com.coachkeep.training.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A weight as a person entered it (amount and unit). Comparisons and arithmetic go through {@link #kilograms()},
 * the canonical form; the entered unit is kept so that a coach who writes in pounds reads pounds back.
 */
public record Load(BigDecimal amount, LoadUnit unit) {
    /** The heaviest load anyone will prescribe, in either unit: keeps typos (a load of 10,000) out. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("2000");

    public Load {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException("must be at most " + MAX_AMOUNT);
        }
        if (amount.scale() > 3) {
            throw new IllegalArgumentException("must have at most 3 decimals");
        }
        amount = amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros();
    }

    public static Load kg(double amount) {
        return new Load(BigDecimal.valueOf(amount), LoadUnit.KG);
    }

    public static Load lb(double amount) {
        return new Load(BigDecimal.valueOf(amount), LoadUnit.LB);
    }

    /** A load of {@code kilograms}, expressed in {@code unit} (rounded to 3 decimals). */
    public static Load ofKilograms(BigDecimal kilograms, LoadUnit unit) {
        return new Load(unit.fromKilograms(kilograms).setScale(3, java.math.RoundingMode.HALF_EVEN), unit);
    }

    public BigDecimal kilograms() {
        return unit.toKilograms(amount);
    }

    /** True when both weigh the same, whatever units they were entered in (to the gram). */
    public boolean sameWeightAs(Load other) {
        return kilograms().subtract(other.kilograms()).abs().compareTo(new BigDecimal("0.001")) < 0;
    }
}
