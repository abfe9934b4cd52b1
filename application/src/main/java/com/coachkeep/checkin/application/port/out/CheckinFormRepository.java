package com.coachkeep.checkin.application.port.out;

import com.coachkeep.checkin.domain.CheckinForm;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface CheckinFormRepository {
    Optional<CheckinForm> latest(WorkspaceId workspaceId, UUID formId);

    Optional<CheckinForm> version(WorkspaceId workspaceId, UUID formId, int version);

    /** Every form's latest version, by name. */
    List<CheckinForm> latestOfEach(WorkspaceId workspaceId);

    /** Stores a new version. */
    void add(CheckinForm form);
}
