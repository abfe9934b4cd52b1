package com.coachkeep.checkin.domain;

import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of measurement: one of the built-in ones (bodyweight, circumferences, body fat) or a workspace's own.
 *
 * @param key  stable name ("bodyweight", "waist", or a custom type's key)
 * @param unit for a {@link Dimension#NUMBER} type, the unit label it is counted in ("steps"); else the canonical unit
 */
public record MetricType(String key, String name, Dimension dimension, String unit, boolean builtIn) {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public static final MetricType BODYWEIGHT = new MetricType("bodyweight", "Bodyweight", Dimension.MASS, "kg", true);
    public static final List<MetricType> BUILT_IN = List.of(BODYWEIGHT,
            new MetricType("waist", "Waist", Dimension.LENGTH, "cm", true),
            new MetricType("hips", "Hips", Dimension.LENGTH, "cm", true),
            new MetricType("chest", "Chest", Dimension.LENGTH, "cm", true),
            new MetricType("arm", "Arm", Dimension.LENGTH, "cm", true),
            new MetricType("thigh", "Thigh", Dimension.LENGTH, "cm", true),
            new MetricType("body-fat", "Body fat", Dimension.PERCENT, "%", true));

    public static Optional<MetricType> builtIn(String key) {
        return BUILT_IN.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** A workspace's own type, checked; its key must not be a built-in one. */
    public static MetricType custom(String key, String name, String dimension, String unit) {
        Validator v = new Validator();
        String k = v.check("key", key, raw -> {
            if (raw == null || !KEY.matcher(raw).matches()) {
                throw new IllegalArgumentException("must be 1–40 lower-case letters, digits or dashes, starting with a letter");
            }
            if (builtIn(raw).isPresent()) {
                throw new IllegalArgumentException("is a built-in type");
            }
            return raw;
        });
        String n = v.check("name", name, raw -> Text.singleLine(raw, 60));
        Dimension d = v.check("dimension", dimension, Dimension::parse);
        String u = null;
        if (d == Dimension.NUMBER) {
            u = v.check("unit", unit, raw -> Text.singleLine(raw, 20));
        } else if (d != null) {
            v.require(unit == null || unit.isBlank() || unit.strip().equals(d.canonicalUnit()), "unit",
                    "is the dimension's own (" + d.canonicalUnit() + ") for " + d.wireName());
            u = d.canonicalUnit();
        }
        v.throwIfInvalid();
        return new MetricType(k, n, d, u, false);
    }

    /** Checks a unit sent for this type (null: the type's own); IllegalArgumentException names what is wrong. */
    public String checkUnit(String unitText) {
        if (unitText == null) {
            return null;
        }
        if (dimension == Dimension.NUMBER) {
            if (!unitText.strip().equals(unit)) {
                throw new IllegalArgumentException("must be " + unit + " for " + name.toLowerCase(java.util.Locale.ROOT));
            }
            return unit;
        }
        MeasureUnit u = MeasureUnit.parse(unitText);
        if (u.dimension() != dimension) {
            throw new IllegalArgumentException(u.symbol() + " does not measure " + dimension.wireName());
        }
        return u.symbol();
    }

    /**
     * A value entered in a unit (null: the canonical one), checked against the type: the unit must measure the type's
     * dimension, and the value must be plausible for it.
     */
    public Measured measure(java.math.BigDecimal value, String unitText) {
        if (value == null) {
            throw new IllegalArgumentException("is required");
        }
        if (dimension == Dimension.NUMBER) {
            if (unitText != null && !unitText.strip().equals(unit)) {
                throw new IllegalArgumentException("must be in " + unit);
            }
            check(value, new java.math.BigDecimal("-1000000000"), new java.math.BigDecimal("1000000000"));
            return new Measured(value.setScale(4, java.math.RoundingMode.HALF_EVEN), value, unit);
        }
        MeasureUnit u = unitText == null ? MeasureUnit.parse(dimension.canonicalUnit()) : MeasureUnit.parse(unitText);
        if (u.dimension() != dimension) {
            throw new IllegalArgumentException("unit " + u.symbol() + " does not measure " + dimension.wireName());
        }
        java.math.BigDecimal canonical = u.toCanonical(value);
        switch (dimension) {
            case MASS -> check(canonical, new java.math.BigDecimal("20"), new java.math.BigDecimal("400"));
            case LENGTH -> check(canonical, new java.math.BigDecimal("5"), new java.math.BigDecimal("300"));
            case PERCENT -> check(canonical, new java.math.BigDecimal("1"), new java.math.BigDecimal("75"));
            default -> { }
        }
        return new Measured(canonical, value, u.symbol());
    }

    private void check(java.math.BigDecimal v, java.math.BigDecimal min, java.math.BigDecimal max) {
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw new IllegalArgumentException("must be between " + min.toPlainString() + " and " + max.toPlainString()
                    + (dimension.canonicalUnit() == null ? "" : " " + dimension.canonicalUnit()) + " for " + name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A value in the canonical unit, with the value and unit as entered. */
    public record Measured(java.math.BigDecimal canonical, java.math.BigDecimal entered, String enteredUnit) {
    }
}
