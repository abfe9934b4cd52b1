package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.application.AccountDeletedException;
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
import com.coachkeep.workspace.application.port.out.CallerMembership;
import com.coachkeep.workspace.application.port.out.CustomRoleRepository;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import com.coachkeep.workspace.domain.WorkspaceRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Identifies callers from verified tokens and resolves their role in a workspace from the database. A request to a
 * workspace does both with one read ({@link #identifyAndResolve}) in the request's transaction; nothing is cached,
 * so a removed member, a changed role or a suspended workspace applies on the next request.
 */
@ApplicationScoped
@Transactional
public class IdentityService implements IdentifyCallerUseCase, ResolveActorUseCase {
    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final CustomRoleRepository customRoles;
    private final Clock clock;

    @Inject
    public IdentityService(PersonRepository people, MembershipRepository memberships, WorkspaceRepository workspaces,
            CustomRoleRepository customRoles, Clock clock) {
        this.people = people;
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.customRoles = customRoles;
        this.clock = clock;
    }

    protected IdentityService() {
        this(null, null, null, null, null);
    }

    @Override
    public Caller identify(IdentifyCallerCommand c) {
        return caller(people.findByIssuerAndSubject(c.issuer(), c.subject()).orElseGet(() -> {
            // A deleted account's tokens stop working at once; a sign-in after the deletion starts a new account.
            people.deletedAt(c.issuer(), c.subject())
                    .filter(deleted -> c.issuedAt() == null || !c.issuedAt().isAfter(deleted))
                    .ifPresent(deleted -> {
                        throw new AccountDeletedException();
                    });
            return people.addOrGet(Person.provision(c.issuer(), c.subject(), c.email(), c.emailVerified(),
                    c.displayName(), clock.instant()));
        }), c);
    }

    /** The caller from their stored person, after taking the token's email and name when they changed. */
    private Caller caller(Person person, IdentifyCallerCommand c) {
        if (person.refresh(c.email(), c.emailVerified(), c.displayName())) {
            people.update(person);
        }
        return new Caller(person.id(), person.email(), person.emailVerified(), c.authTime(), c.multiFactor());
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
            caller = caller(found.get().person(), command);
        } else {
            caller = identify(command);
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
