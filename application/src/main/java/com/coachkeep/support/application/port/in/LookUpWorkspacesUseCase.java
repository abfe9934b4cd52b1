package com.coachkeep.support.application.port.in;

import com.coachkeep.shared.domain.Page;

/**
 * Finds workspaces for support staff (any internal role): metadata only, never coaching content. Each look-up is
 * recorded in the platform trail (the kind of search and how many were found, never the searched text).
 */
public interface LookUpWorkspacesUseCase {
    /** Workspaces matching the query, by name then id, keyset-paginated. */
    Page<WorkspaceSummary> lookUp(SupportActor actor, WorkspaceLookupQuery query);

    /** One workspace's metadata; not found when there is none. */
    WorkspaceSummary get(SupportActor actor, String workspaceId);
}
