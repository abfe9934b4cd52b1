package com.coachkeep.nutrition.application.port.out;

import com.coachkeep.nutrition.domain.NutritionSettings;
import com.coachkeep.nutrition.domain.Tolerance;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.ZoneId;

public interface NutritionSettingsRepository {
    /** The client's settings, with defaults when none were stored, and the workspace's zone beside the client's own. */
    NutritionSettings find(WorkspaceId workspaceId, ClientId clientId);

    void saveTolerance(WorkspaceId workspaceId, ClientId clientId, Tolerance tolerance, Instant at);

    void saveTimeZone(WorkspaceId workspaceId, ClientId clientId, ZoneId zone, Instant at);
}
