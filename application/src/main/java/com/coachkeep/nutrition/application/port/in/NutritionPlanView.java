package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.nutrition.domain.Tolerance;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's nutrition plan as it stands today (in the client's calendar): the targets that apply now per day type,
 * every target ever set (newest first), the coach's tolerance and the client's time zone.
 *
 * @param timeZoneFromWorkspace true while the client has set no zone of their own and the workspace's stands in
 */
public record NutritionPlanView(NutritionTargetView training, NutritionTargetView rest, List<NutritionTargetView> history,
        Tolerance tolerance, String timeZone, boolean timeZoneFromWorkspace, LocalDate today) {
}
