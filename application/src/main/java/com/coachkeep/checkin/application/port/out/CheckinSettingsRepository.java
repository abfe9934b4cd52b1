package com.coachkeep.checkin.application.port.out;

import com.coachkeep.shared.domain.WorkspaceId;

public interface CheckinSettingsRepository {
    /** The response-time target in hours (24 when none was set). */
    int responseTargetHours(WorkspaceId workspaceId);

    void saveResponseTargetHours(WorkspaceId workspaceId, int hours);
}
