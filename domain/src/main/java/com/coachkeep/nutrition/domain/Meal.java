package com.coachkeep.nutrition.domain;

import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One meal of a day's log, with its macronutrients stored as logged: a food edited later never changes what was
 * eaten that day. {@code name} and {@code note} are free text about the client (stored encrypted).
 */
public record Meal(UUID id, String name, LocalTime eatenAt, Macros macros, String note) {
    public static final int MAX_NAME = 200;
    public static final int MAX_NOTE = 2_000;

    public Meal {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(macros);
    }
}
