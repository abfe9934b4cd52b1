package com.coachkeep.nutrition.domain;

/**
 * How one logged day compares with the target that applied to it, within the coach's tolerance: calories,
 * carbohydrate and fat within ± their tolerance, protein at least its minimum share. A day is on target when all
 * four are. Fibre and water are shown beside the target but do not decide adherence.
 */
public record DayAdherence(boolean calories, boolean protein, boolean carbohydrate, boolean fat) {

    public boolean onTarget() {
        return calories && protein && carbohydrate && fat;
    }

    public static DayAdherence judge(NutritionTarget target, Macros eaten, Tolerance tolerance) {
        return new DayAdherence(
                within(eaten.calories(), target.calories(), tolerance.caloriesPercent()),
                eaten.protein() >= target.protein() * tolerance.proteinMinimumPercent() / 100.0 - 1e-9,
                within(eaten.carbohydrate(), target.carbohydrate(), tolerance.carbohydratePercent()),
                within(eaten.fat(), target.fat(), tolerance.fatPercent()));
    }

    static boolean within(double actual, int target, int percent) {
        double slack = target * percent / 100.0;
        return actual >= target - slack - 1e-9 && actual <= target + slack + 1e-9;
    }
}
