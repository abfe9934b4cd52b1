package com.coachkeep.workspace.application.port.out;

import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.domain.Workspace;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface WorkspaceRepository {
    Optional<Workspace> findById(WorkspaceId id);

    /** The workspaces of the given ids, for a person's own list of memberships. */
    List<Workspace> findAllById(Collection<WorkspaceId> ids);

    void add(Workspace workspace);

    /**
     * Stores the changed workspace. Raises StaleVersionException when the stored version is no longer the one
     * the workspace was loaded with.
     */
    Workspace update(Workspace workspace);
}
