package com.coachkeep.nutrition.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Energy and macronutrients as logged: kilocalories and grams, to one decimal. Fibre may be unknown (null). The
 * bounds are plausibility limits that catch a slipped digit (a meal of 50,000 kcal), not advice.
 */
public record Macros(double calories, double protein, double carbohydrate, double fat, Double fibre) {
    /** Plausible upper bounds of one day's intake; one meal may hold a whole day's worth. */
    public static final double MAX_CALORIES = 15_000;
    public static final double MAX_GRAMS = 2_000;
    public static final Macros ZERO = new Macros(0, 0, 0, 0, null);

    public Macros {
        calories = round(calories);
        protein = round(protein);
        carbohydrate = round(carbohydrate);
        fat = round(fat);
        fibre = fibre == null ? null : round(fibre);
    }

    /** The field names that are out of bounds, with why; empty when all are plausible. */
    public static List<String[]> problems(Double calories, Double protein, Double carbohydrate, Double fat, Double fibre) {
        List<String[]> out = new ArrayList<>();
        check(out, "calories", calories, MAX_CALORIES, true);
        check(out, "protein", protein, MAX_GRAMS, true);
        check(out, "carbohydrate", carbohydrate, MAX_GRAMS, true);
        check(out, "fat", fat, MAX_GRAMS, true);
        check(out, "fibre", fibre, MAX_GRAMS, false);
        return out;
    }

    private static void check(List<String[]> out, String field, Double value, double max, boolean required) {
        if (value == null) {
            if (required) {
                out.add(new String[] {field, "is required"});
            }
        } else if (value.isNaN() || value < 0) {
            out.add(new String[] {field, "must not be negative"});
        } else if (value > max) {
            out.add(new String[] {field, "must be at most " + (long) max});
        }
    }

    public Macros plus(Macros other) {
        Double f = fibre == null && other.fibre == null ? null : (fibre == null ? 0 : fibre) + (other.fibre == null ? 0 : other.fibre);
        return new Macros(calories + other.calories, protein + other.protein, carbohydrate + other.carbohydrate, fat + other.fat, f);
    }

    /** Kilocalories the macronutrients account for (Atwater factors 4/4/9). */
    public double caloriesFromMacros() {
        return 4 * protein + 4 * carbohydrate + 9 * fat;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
