package com.coachkeep.support.application.port.out;

import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.WorkspaceLookupQuery;
import com.coachkeep.support.application.port.in.WorkspaceSummary;
import java.util.Optional;

/**
 * Workspace metadata across workspaces, for support's look-up. It spans tenants, so the adapter reads it through one
 * narrowly defined database function that returns metadata columns and counts only, never content.
 */
public interface WorkspaceDirectoryPort {
    Page<WorkspaceSummary> lookUp(WorkspaceLookupQuery query);

    Optional<WorkspaceSummary> find(WorkspaceId id);
}
