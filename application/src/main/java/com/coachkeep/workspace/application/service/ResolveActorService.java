package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.MultiFactorRequiredException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.in.IdentifiedActor;
import com.coachkeep.workspace.application.port.in.IdentifyCallerCommand;
import com.coachkeep.workspace.application.port.in.IdentifyCallerUseCase;
import com.coachkeep.workspace.application.port.in.ResolveActorUseCase;
import com.coachkeep.workspace.application.port.out.MembershipRepository.CallerMembership;
import com.coachkeep.workspace.application.port.out.CustomRoleRepository;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import com.coachkeep.workspace.domain.WorkspaceRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a caller's role in a workspace from the database, on every request. A request to a workspace identifies
 * the caller and resolves their role with one read ({@link #identifyAndResolve}) in the request's transaction;
 * nothing is cached, so a removed member, a changed role or a suspended workspace applies on the next request.
 */
@ApplicationScoped
@Transactional
public class ResolveActorService implements ResolveActorUseCase {
    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final CustomRoleRepository customRoles;
    private final PersonRepository people;
    private final IdentifyCallerUseCase identify;

    @Inject
    public ResolveActorService(MembershipRepository memberships, WorkspaceRepository workspaces, CustomRoleRepository customRoles,
            PersonRepository people, IdentifyCallerUseCase identify) {
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.customRoles = customRoles;
        this.people = people;
        this.identify = identify;
    }

    protected ResolveActorService() {
        this(null, null, null, null, null);
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

    @Override
    public IdentifiedActor identifyAndResolve(IdentifyCallerCommand command, WorkspaceId workspaceId) {
        return identifyAndResolve(command, workspaceId, false);
    }

    @Override
    public IdentifiedActor identifyAndResolveForDataRights(IdentifyCallerCommand command, WorkspaceId workspaceId) {
        return identifyAndResolve(command, workspaceId, true);
    }

    /**
     * One read finds the person, their membership, the workspace and a custom role together. A first sign-in (no
     * person yet), or a repository that cannot read them together, takes the step-by-step way with the same rules.
     */
    private IdentifiedActor identifyAndResolve(IdentifyCallerCommand command, WorkspaceId workspaceId, boolean dataRights) {
        Optional<CallerMembership> found = memberships.findCallerMembership(command.issuer(), command.subject(), workspaceId);
        Caller caller;
        if (found.isPresent()) {
            caller = IdentifyCallerService.callerOf(found.get().person(), command, people);
        } else {
            caller = identify.identify(command);
        }
        try {
            Actor actor = found.isPresent()
                    ? actor(caller, workspaceId, found.get().membership(), found.get().workspace(), found.get().customRole(), dataRights)
                    : resolve(caller, workspaceId, dataRights);
            return new IdentifiedActor(caller, actor, null);
        } catch (NotFoundException | WorkspaceRuleException | MultiFactorRequiredException refusal) {
            return new IdentifiedActor(caller, null, refusal);
        }
    }

    /**
     * In a suspended workspace every member is refused ({@code workspace-suspended}, after the membership check, so a
     * stranger still learns nothing) unless the request exercises their data rights.
     */
    private Actor resolve(Caller caller, WorkspaceId workspaceId, boolean dataRights) {
        Optional<Membership> membership = memberships.findActive(workspaceId, caller.personId());
        Optional<Workspace> workspace = membership.isEmpty() ? Optional.empty() : workspaces.findById(workspaceId);
        Optional<CustomRole> customRole = membership.filter(m -> m.role() == Role.CUSTOM)
                .flatMap(m -> customRoles.findById(workspaceId, m.customRoleId()));
        return actor(caller, workspaceId, membership, workspace, customRole, dataRights);
    }

    private Actor actor(Caller caller, WorkspaceId workspaceId, Optional<Membership> activeMembership, Optional<Workspace> found,
            Optional<CustomRole> customRole, boolean dataRights) {
        Membership membership = activeMembership.orElseThrow(() -> new NotFoundException("workspace"));
        Workspace workspace = found.filter(w -> !w.deletionRequested())
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
                ? customRole.map(CustomRole::permissions).orElse(Set.of())
                : role.permissions();
        return new Actor(caller.personId(), workspaceId, membership.id(), role.wireName(), role.isStaff(), permissions,
                caller.multiFactor());
    }
}
