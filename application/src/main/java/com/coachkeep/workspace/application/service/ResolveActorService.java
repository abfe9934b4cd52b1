package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.MultiFactorRequiredException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.in.ResolveActorUseCase;
import com.coachkeep.workspace.application.port.out.CustomRoleRepository;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import com.coachkeep.workspace.domain.WorkspaceRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Resolves a caller's role in a workspace from the database, on every request. */
@ApplicationScoped
@Transactional
public class ResolveActorService implements ResolveActorUseCase {
    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final CustomRoleRepository customRoles;

    @Inject
    public ResolveActorService(MembershipRepository memberships, WorkspaceRepository workspaces, CustomRoleRepository customRoles) {
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.customRoles = customRoles;
    }

    protected ResolveActorService() {
        this(null, null, null);
    }

    /**
     * The caller's actor from their membership as stored now: a custom role's permissions are read on every
     * request, so a change to the role applies at once. When the workspace requires multi-factor sign-in of
     * staff, a staff member whose token shows a single factor is refused (clients are not affected). A workspace
     * being deleted is answered as missing, for every member, from the moment its deletion was asked for.
     */
    @Override
    public Actor resolve(Caller caller, WorkspaceId workspaceId) {
        return resolve(caller, workspaceId, false);
    }

    @Override
    public Actor resolveForDataRights(Caller caller, WorkspaceId workspaceId) {
        return resolve(caller, workspaceId, true);
    }

    /**
     * In a suspended workspace every member is refused ({@code workspace-suspended}, after the membership check, so a
     * stranger still learns nothing) unless the request exercises their data rights.
     */
    private Actor resolve(Caller caller, WorkspaceId workspaceId, boolean dataRights) {
        Membership membership = memberships.findActive(workspaceId, caller.personId())
                .orElseThrow(() -> new NotFoundException("workspace"));
        Workspace workspace = workspaces.findById(workspaceId).filter(w -> !w.deletionRequested())
                .orElseThrow(() -> new NotFoundException("workspace"));
        if (workspace.suspended() && !dataRights) {
            throw new WorkspaceRuleException(WorkspaceRuleException.SUSPENDED,
                    "Coachkeep suspended this workspace. Its owner can still export and delete its data; contact Coachkeep support "
                            + "about the suspension.");
        }
        Role role = membership.role();
        if (role.isStaff() && workspace.staffMfaRequired() && !caller.multiFactor()) {
            throw new MultiFactorRequiredException();
        }
        Set<Permission> permissions = role == Role.CUSTOM
                ? customRoles.findById(workspaceId, membership.customRoleId()).map(CustomRole::permissions).orElse(Set.of())
                : role.permissions();
        return new Actor(caller.personId(), workspaceId, membership.id(), role.wireName(), role.isStaff(), permissions,
                caller.multiFactor());
    }
}
