package com.coachkeep.checkin.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** A unit a value may be entered in, and how it converts to its dimension's canonical unit. */
public enum MeasureUnit {
    KG(Dimension.MASS, "kg", new BigDecimal("1")),
    LB(Dimension.MASS, "lb", new BigDecimal("0.45359237")),
    CM(Dimension.LENGTH, "cm", new BigDecimal("1")),
    IN(Dimension.LENGTH, "in", new BigDecimal("2.54")),
    PERCENT(Dimension.PERCENT, "%", new BigDecimal("1"));

    private final Dimension dimension;
    private final String symbol;
    private final BigDecimal toCanonical;

    MeasureUnit(Dimension dimension, String symbol, BigDecimal toCanonical) {
        this.dimension = dimension;
        this.symbol = symbol;
        this.toCanonical = toCanonical;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String symbol() {
        return symbol;
    }

    /** The value in the canonical unit, to 4 decimal places (a lb entered is recovered exactly from the stored kg). */
    public BigDecimal toCanonical(BigDecimal value) {
        return value.multiply(toCanonical).setScale(4, RoundingMode.HALF_EVEN);
    }

    /** A canonical value shown in this unit, to 2 decimal places. */
    public BigDecimal fromCanonical(BigDecimal canonical) {
        return canonical.divide(toCanonical, 2, RoundingMode.HALF_EVEN);
    }

    public static MeasureUnit parse(String text) {
        if (text != null) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            for (MeasureUnit u : values()) {
                if (u.symbol.equals(t) || u.name().toLowerCase(Locale.ROOT).equals(t)) {
                    return u;
                }
            }
            if (t.equals("lbs") || t.equals("pounds")) {
                return LB;
            }
        }
        throw new IllegalArgumentException("must be one of kg, lb, cm, in, %");
    }
}
