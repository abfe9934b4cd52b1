package com.coachkeep.training.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The unit a load was entered in. Kilograms are canonical; a pound is exactly 0.45359237 kg. */
public enum LoadUnit {
    KG(BigDecimal.ONE),
    LB(new BigDecimal("0.45359237"));

    private final BigDecimal kilogramsPerUnit;

    LoadUnit(BigDecimal kilogramsPerUnit) {
        this.kilogramsPerUnit = kilogramsPerUnit;
    }

    /** {@code amount} of this unit in kilograms, to the gram and a little beyond (4 decimals). */
    public BigDecimal toKilograms(BigDecimal amount) {
        return amount.multiply(kilogramsPerUnit).setScale(4, RoundingMode.HALF_EVEN);
    }

    /** {@code kilograms} expressed in this unit (4 decimals). */
    public BigDecimal fromKilograms(BigDecimal kilograms) {
        return kilograms.divide(kilogramsPerUnit, 4, RoundingMode.HALF_EVEN);
    }

    /** Reads {@code kg} or {@code lb} (any case). */
    public static LoadUnit parse(String text) {
        if (text != null) {
            for (LoadUnit unit : values()) {
                if (unit.name().equalsIgnoreCase(text.trim())) {
                    return unit;
                }
            }
        }
        throw new IllegalArgumentException("must be kg or lb");
    }
}
