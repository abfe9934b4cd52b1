package com.coachkeep.nutrition.domain;

import com.coachkeep.shared.domain.Validator;

/**
 * How close to target a day must be to count as on target, as the coach sets it per client: calories, carbohydrate
 * and fat within ± their percentage of target, protein at least its minimum percentage of target (more protein is
 * never "off target"). Defaults: calories ±10 %, protein at least 90 %, carbohydrate and fat ±15 %.
 */
public record Tolerance(int caloriesPercent, int proteinMinimumPercent, int carbohydratePercent, int fatPercent) {
    public static final Tolerance DEFAULT = new Tolerance(10, 90, 15, 15);

    public Tolerance {
        if (caloriesPercent < 0 || caloriesPercent > 100 || proteinMinimumPercent < 0 || proteinMinimumPercent > 100
                || carbohydratePercent < 0 || carbohydratePercent > 100 || fatPercent < 0 || fatPercent > 100) {
            throw new IllegalArgumentException("percentages must be between 0 and 100");
        }
    }

    /** Validates each field, naming every one out of range. */
    public static Tolerance of(Integer calories, Integer proteinMinimum, Integer carbohydrate, Integer fat) {
        Validator v = new Validator();
        Integer c = v.check("caloriesPercent", calories, Tolerance::percent);
        Integer p = v.check("proteinMinimumPercent", proteinMinimum, Tolerance::percent);
        Integer cb = v.check("carbohydratePercent", carbohydrate, Tolerance::percent);
        Integer f = v.check("fatPercent", fat, Tolerance::percent);
        v.throwIfInvalid();
        return new Tolerance(c, p, cb, f);
    }

    private static Integer percent(Integer raw) {
        if (raw == null) {
            throw new IllegalArgumentException("is required");
        }
        if (raw < 0 || raw > 100) {
            throw new IllegalArgumentException("must be between 0 and 100");
        }
        return raw;
    }
}
