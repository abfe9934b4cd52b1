package com.coachkeep.nutrition.application.port.in;

import java.util.List;

/** A habit's content as sent; checked by {@code Habit.define}. */
public record HabitInput(String title, String description, String kind, Integer timesPerWeek, List<String> weekdays, String startsOn) {
}
