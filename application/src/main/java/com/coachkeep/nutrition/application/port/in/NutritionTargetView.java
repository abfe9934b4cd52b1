package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.nutrition.domain.NutritionTarget;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record NutritionTargetView(UUID id, String dayType, LocalDate effectiveFrom, int calories, int protein, int carbohydrate,
        int fat, Integer fibre, Integer waterMl, Instant createdAt) {
    public static NutritionTargetView of(NutritionTarget t) {
        return t == null ? null : new NutritionTargetView(t.id(), t.dayType().wireName(), t.effectiveFrom(), t.calories(), t.protein(),
                t.carbohydrate(), t.fat(), t.fibre(), t.waterMl(), t.createdAt());
    }
}
