package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.nutrition.domain.DayType;
import com.coachkeep.nutrition.domain.Macros;
import com.coachkeep.nutrition.domain.Meal;
import com.coachkeep.nutrition.domain.NutritionLog;
import com.coachkeep.nutrition.domain.NutritionTarget;
import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A day's log as the client's app sends it: exactly one of {@code totals} or {@code meals}. Every invalid field is
 * named at once, with its place ({@code meals[2].protein}).
 */
public record LogNutritionCommand(UUID logId, LocalDate day, DayType dayType, NutritionLog.Entry entry, Macros totals, List<Meal> meals,
        Integer waterMl, String note) {

    public record MacrosInput(Double calories, Double protein, Double carbohydrate, Double fat, Double fibre) {
    }

    public record MealInput(String id, String name, String eatenAt, Double calories, Double protein, Double carbohydrate, Double fat,
            Double fibre, String note) {
    }

    public static LogNutritionCommand of(String logId, String day, String dayType, MacrosInput totals, List<MealInput> meals,
            Integer waterMl, String note) {
        Validator v = new Validator();
        UUID id = v.check("logId", logId, LogNutritionCommand::id);
        LocalDate d = v.check("day", day, NutritionTarget::date);
        DayType type = dayType == null ? DayType.REST : v.check("dayType", dayType, DayType::parse);
        boolean hasMeals = meals != null && !meals.isEmpty();
        v.require(totals == null || !hasMeals, "totals", "send either totals or meals, not both");
        v.require(totals != null || hasMeals, "meals", "send either totals or at least one meal");
        Macros t = totals == null ? null : v.check("totals", totals, LogNutritionCommand::macros);
        List<Meal> list = new ArrayList<>();
        if (hasMeals) {
            v.require(meals.size() <= NutritionLog.MAX_MEALS, "meals", "must hold at most " + NutritionLog.MAX_MEALS + " meals");
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < meals.size() && i < NutritionLog.MAX_MEALS; i++) {
                Meal m = v.check("meals[" + i + "]", meals.get(i), LogNutritionCommand::meal);
                if (m != null && meals.get(i).id() == null && id != null) {
                    // a meal sent without an id gets one derived from the log's and its place, so a resend is the same meal
                    m = new Meal(UUID.nameUUIDFromBytes((id + "/meal/" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)), m.name(),
                            m.eatenAt(), m.macros(), m.note());
                }
                if (m != null) {
                    v.require(seen.add(m.id()), "meals[" + i + "].id", "is used by another meal of this log");
                    list.add(m);
                }
            }
        }
        if (waterMl != null) {
            v.require(waterMl >= 0 && waterMl <= NutritionLog.MAX_WATER_ML, "waterMl", "must be between 0 and " + NutritionLog.MAX_WATER_ML);
        }
        String n = note == null || note.isBlank() ? null : v.check("note", note, raw -> Text.required(raw, Meal.MAX_NOTE));
        v.throwIfInvalid();
        return new LogNutritionCommand(id, d, type, hasMeals ? NutritionLog.Entry.MEALS : NutritionLog.Entry.TOTALS,
                hasMeals ? NutritionLog.sum(list) : t, List.copyOf(list), waterMl, n);
    }

    static UUID id(String raw) {
        try {
            return Ids.parse(raw);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a UUID chosen by the client");
        }
    }

    static Macros macros(MacrosInput in) {
        List<String[]> problems = Macros.problems(in.calories(), in.protein(), in.carbohydrate(), in.fat(), in.fibre());
        if (!problems.isEmpty()) {
            Validator v = new Validator();
            problems.forEach(p -> v.require(false, p[0], p[1]));
            v.throwIfInvalid();
        }
        return new Macros(in.calories(), in.protein(), in.carbohydrate(), in.fat(), in.fibre());
    }

    static Meal meal(MealInput in) {
        if (in == null) {
            throw new IllegalArgumentException("must be a meal object");
        }
        Validator v = new Validator();
        UUID id = in.id() == null ? UUID.randomUUID() : v.check("id", in.id(), LogNutritionCommand::id);
        String name = v.check("name", in.name(), raw -> Text.singleLine(raw, Meal.MAX_NAME));
        LocalTime at = in.eatenAt() == null ? null : v.check("eatenAt", in.eatenAt(), LogNutritionCommand::time);
        List<String[]> problems = Macros.problems(in.calories(), in.protein(), in.carbohydrate(), in.fat(), in.fibre());
        problems.forEach(p -> v.require(false, p[0], p[1]));
        Macros m = problems.isEmpty() ? new Macros(in.calories(), in.protein(), in.carbohydrate(), in.fat(), in.fibre()) : null;
        String note = in.note() == null || in.note().isBlank() ? null : v.check("note", in.note(), raw -> Text.required(raw, Meal.MAX_NOTE));
        v.throwIfInvalid();
        return new Meal(id, name, at, m, note);
    }

    static LocalTime time(String raw) {
        try {
            return LocalTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a local time (HH:MM)");
        }
    }

    /** For callers that build the command from parts already checked. */
    static InvalidInputException invalid(String field, String message) {
        return InvalidInputException.of(field, message);
    }
}
