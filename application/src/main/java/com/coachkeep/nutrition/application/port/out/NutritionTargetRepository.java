package com.coachkeep.nutrition.application.port.out;

import com.coachkeep.nutrition.domain.NutritionTarget;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;

public interface NutritionTargetRepository {
    /** Stores a target; one set for the same client, day type and date replaces the earlier one of that date. */
    void add(NutritionTarget target);

    /** A client's targets, every day type, oldest first (a client has a few dozen over years: read whole). */
    List<NutritionTarget> history(WorkspaceId workspaceId, ClientId clientId);
}
