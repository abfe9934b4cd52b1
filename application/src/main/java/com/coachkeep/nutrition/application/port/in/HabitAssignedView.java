package com.coachkeep.nutrition.application.port.in;

public record HabitAssignedView(HabitView habit, boolean created) {
}
