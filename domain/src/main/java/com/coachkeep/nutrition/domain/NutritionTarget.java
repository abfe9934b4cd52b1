package com.coachkeep.nutrition.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's daily targets for one day type, applying from a date until a later target of the same day type takes
 * over: targets are never edited in place, so the history of what applied when stays (and past days are judged
 * against the target that applied then). Calories, protein, carbohydrate and fat are required; fibre and water are
 * optional. Setting a target whose macronutrients do not add up to its calories (4/4/9 kcal per gram, more than
 * 15 % apart) is allowed, with a warning: coaches sometimes leave room for alcohol or round on purpose.
 */
public record NutritionTarget(UUID id, WorkspaceId workspaceId, ClientId clientId, DayType dayType, LocalDate effectiveFrom,
        int calories, int protein, int carbohydrate, int fat, Integer fibre, Integer waterMl, PersonId setBy, Instant createdAt) {
    public static final int MAX_CALORIES = 10_000;
    public static final int MAX_GRAMS = 1_500;
    public static final int MAX_WATER_ML = 10_000;
    /** How far the macronutrients' calories may be from the calorie target before a warning. */
    public static final double CONSISTENCY = 0.15;

    public NutritionTarget {
        Objects.requireNonNull(id);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(dayType);
        Objects.requireNonNull(effectiveFrom);
    }

    /** The values of a target as entered, before they are checked. */
    public record Values(String dayType, String effectiveFrom, Integer calories, Integer protein, Integer carbohydrate, Integer fat,
            Integer fibre, Integer waterMl) {
    }

    /** A target set now, and the warnings the coach should see. */
    public record Set(NutritionTarget target, List<String> warnings) {
    }

    /** Validates every field at once (naming each invalid one) and returns the target with its warnings. */
    public static Set set(WorkspaceId workspaceId, ClientId clientId, Values in, PersonId by, Instant now) {
        Validator v = new Validator();
        DayType type = v.check("dayType", in.dayType(), DayType::parse);
        LocalDate from = v.check("effectiveFrom", in.effectiveFrom(), NutritionTarget::date);
        Integer calories = v.check("calories", in.calories(), x -> bounded(x, MAX_CALORIES, true));
        Integer protein = v.check("protein", in.protein(), x -> bounded(x, MAX_GRAMS, true));
        Integer carbohydrate = v.check("carbohydrate", in.carbohydrate(), x -> bounded(x, MAX_GRAMS, true));
        Integer fat = v.check("fat", in.fat(), x -> bounded(x, MAX_GRAMS, true));
        Integer fibre = v.check("fibre", in.fibre(), x -> bounded(x, 300, false));
        Integer water = v.check("waterMl", in.waterMl(), x -> bounded(x, MAX_WATER_ML, false));
        v.throwIfInvalid();
        NutritionTarget t = new NutritionTarget(UUID.randomUUID(), workspaceId, clientId, type, from, calories, protein, carbohydrate,
                fat, fibre, water, by, now);
        List<String> warnings = new ArrayList<>();
        double fromMacros = 4.0 * protein + 4.0 * carbohydrate + 9.0 * fat;
        if (calories > 0 && Math.abs(fromMacros - calories) / calories > CONSISTENCY) {
            warnings.add(String.format(java.util.Locale.ROOT,
                    "the macronutrients add up to %.0f kcal (4 per gram of protein and carbohydrate, 9 per gram of fat), %.0f %% "
                            + "from the %d kcal target", fromMacros, 100 * Math.abs(fromMacros - calories) / calories, calories));
        }
        if (calories == 0) {
            warnings.add("a calorie target of 0 is unusual");
        }
        return new Set(t, List.copyOf(warnings));
    }

    /** The target of {@code type} that applies on {@code day}: the latest whose effective date is not after it. */
    public static Optional<NutritionTarget> applying(List<NutritionTarget> history, DayType type, LocalDate day) {
        return history.stream().filter(t -> t.dayType() == type && !t.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(NutritionTarget::effectiveFrom).thenComparing(NutritionTarget::createdAt));
    }

    /** A date (YYYY-MM-DD) between the years 2000 and 2200; raises IllegalArgumentException otherwise. */
    public static LocalDate date(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("is required");
        }
        try {
            LocalDate d = LocalDate.parse(raw);
            if (d.getYear() < 2000 || d.getYear() > 2200) {
                throw new IllegalArgumentException("must be a date between 2000 and 2200");
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date (YYYY-MM-DD)");
        }
    }

    private static Integer bounded(Integer raw, int max, boolean required) {
        if (raw == null) {
            if (required) {
                throw new IllegalArgumentException("is required");
            }
            return null;
        }
        if (raw < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (raw > max) {
            throw new IllegalArgumentException("must be at most " + max);
        }
        return raw;
    }
}
