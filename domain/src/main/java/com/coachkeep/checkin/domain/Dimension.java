package com.coachkeep.checkin.domain;

import java.util.Locale;

/** What a measurement measures; decides the canonical unit it is stored in. */
public enum Dimension {
    /** Stored in kilograms; entered in kg or lb. */
    MASS("kg"),
    /** Stored in centimetres; entered in cm or in. */
    LENGTH("cm"),
    /** Stored in percent. */
    PERCENT("%"),
    /** A plain number in the type's own unit (custom types: steps, hours of sleep). */
    NUMBER(null);

    private final String canonicalUnit;

    Dimension(String canonicalUnit) {
        this.canonicalUnit = canonicalUnit;
    }

    public String canonicalUnit() {
        return canonicalUnit;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Dimension parse(String text) {
        if (text != null) {
            for (Dimension d : values()) {
                if (d.wireName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException("must be one of mass, length, percent, number");
    }
}
