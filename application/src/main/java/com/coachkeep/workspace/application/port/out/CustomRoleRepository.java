package com.coachkeep.workspace.application.port.out;

import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.CustomRoleId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The custom roles of a workspace; every method is scoped to the workspace it names. */
public interface CustomRoleRepository {
    Optional<CustomRole> findById(WorkspaceId workspaceId, CustomRoleId id);

    /** These roles of the workspace (ids of other workspaces find nothing). */
    List<CustomRole> findAllById(WorkspaceId workspaceId, Collection<CustomRoleId> ids);

    /** Every custom role of the workspace (at most {@link CustomRole#MAX_PER_WORKSPACE}), by name. */
    List<CustomRole> findAll(WorkspaceId workspaceId);

    void add(CustomRole role);

    /**
     * Stores a change made to the role as loaded at its version; raises StaleVersionException when it changed
     * since. Returns the role as stored, with its new version.
     */
    CustomRole update(CustomRole role);

    void delete(WorkspaceId workspaceId, CustomRoleId id);
}
