package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.domain.WorkspaceId;

/**
 * Turns a caller and the workspace they address into an actor, from their active membership as stored now.
 * A workspace that does not exist, or of which the caller is not an active member, is not found.
 */
public interface ResolveActorUseCase {
    /** The actor for any operation: in a workspace Coachkeep suspended, refused with {@code workspace-suspended}. */
    Actor resolve(Caller caller, WorkspaceId workspaceId);

    /**
     * The actor for exercising data rights (exporting and deleting one's data), which a suspension does not take away;
     * the use case still checks the actor's permission as always.
     */
    Actor resolveForDataRights(Caller caller, WorkspaceId workspaceId);

    /**
     * Identifies the caller and resolves their actor in the workspace at once, in the caller's transaction: what
     * {@link IdentifyCallerUseCase#identify} and {@link #resolve} do one after the other, read together (person,
     * active membership, role and its permissions, workspace status) from the database as it is now.
     */
    IdentifiedActor identifyAndResolve(IdentifyCallerCommand command, WorkspaceId workspaceId);

    /** {@link #identifyAndResolve}, for exercising data rights (see {@link #resolveForDataRights}). */
    IdentifiedActor identifyAndResolveForDataRights(IdentifyCallerCommand command, WorkspaceId workspaceId);
}
