package com.coachkeep.nutrition.application.port.in;

import java.util.List;

/** A target just set, with the warnings the coach should read (macronutrients that do not add up to the calories). */
public record TargetSetView(NutritionTargetView target, List<String> warnings) {
}
