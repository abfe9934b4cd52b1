package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.workspace.application.port.in.CreateCustomRoleCommand;
import com.coachkeep.workspace.application.port.in.CreateCustomRoleUseCase;
import com.coachkeep.workspace.application.port.in.DeleteCustomRoleUseCase;
import com.coachkeep.workspace.application.port.in.GetRoleUseCase;
import com.coachkeep.workspace.application.port.in.ListRolesUseCase;
import com.coachkeep.workspace.application.port.in.RoleView;
import com.coachkeep.workspace.application.port.in.UpdateCustomRoleCommand;
import com.coachkeep.workspace.application.port.in.UpdateCustomRoleUseCase;
import com.coachkeep.workspace.application.port.out.CustomRoleRepository;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.CustomRoleId;
import com.coachkeep.workspace.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The workspace's roles: the built-in ones to read, the custom ones the owner defines, changes and deletes. */
@ApplicationScoped
@Transactional
public class CustomRoleService implements ListRolesUseCase, GetRoleUseCase, CreateCustomRoleUseCase,
        UpdateCustomRoleUseCase, DeleteCustomRoleUseCase {
    private final CustomRoleRepository roles;
    private final MembershipRepository memberships;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public CustomRoleService(CustomRoleRepository roles, MembershipRepository memberships, AuditTrail audit, Clock clock) {
        this.roles = roles;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
    }

    protected CustomRoleService() {
        this(null, null, null, null);
    }

    @Override
    public List<RoleView> listRoles(Actor actor) {
        actor.require(Permission.ROLES_MANAGE);
        List<RoleView> views = new ArrayList<>();
        Role.BUILT_IN.forEach(r -> views.add(RoleView.of(r)));
        roles.findAll(actor.workspaceId()).forEach(r -> views.add(RoleView.of(r)));
        return views;
    }

    @Override
    public RoleView getRole(Actor actor, String roleId) {
        actor.require(Permission.ROLES_MANAGE);
        for (Role builtIn : Role.BUILT_IN) {
            if (builtIn.wireName().equals(roleId)) {
                return RoleView.of(builtIn);
            }
        }
        return RoleView.of(load(actor, parse(roleId)));
    }

    @Override
    public RoleView createRole(Actor actor, CreateCustomRoleCommand c) {
        actor.require(Permission.ROLES_MANAGE);
        List<CustomRole> existing = roles.findAll(actor.workspaceId());
        if (existing.size() >= CustomRole.MAX_PER_WORKSPACE) {
            throw new ConflictException("too-many-roles",
                    "A workspace can have at most " + CustomRole.MAX_PER_WORKSPACE + " custom roles; delete one first.");
        }
        requireUniqueName(existing, c.name(), null);
        CustomRole role = CustomRole.define(actor.workspaceId(), c.name(), c.permissions(), clock.instant());
        roles.add(role);
        audit.record(AuditRecord.of(actor, "role.created").target("role", role.id()).detail("permissions", wire(role)));
        return RoleView.of(role);
    }

    @Override
    public RoleView updateRole(Actor actor, UpdateCustomRoleCommand c) {
        actor.require(Permission.ROLES_MANAGE);
        CustomRole role = load(actor, changeable(c.roleId()));
        StaleVersionException.check(c.expectedVersion(), role.version());
        Instant now = clock.instant();
        if (c.name().isPresent()) {
            requireUniqueName(roles.findAll(actor.workspaceId()), c.name().value(), role.id());
            role.rename(c.name().value(), now);
        }
        c.permissions().ifPresent(p -> role.grant(p, now));
        // members holding the role gain or lose these permissions on their next request
        audit.record(AuditRecord.of(actor, "role.changed").target("role", role.id()).detail("permissions", wire(role)));
        return RoleView.of(roles.update(role));
    }

    @Override
    public void deleteRole(Actor actor, String roleId) {
        actor.require(Permission.ROLES_MANAGE);
        CustomRole role = load(actor, changeable(roleId));
        long holders = memberships.countActiveWithCustomRole(actor.workspaceId(), role.id());
        if (holders > 0) {
            throw new ConflictException("role-in-use", "This role is still held by " + holders + " staff member"
                    + (holders == 1 ? "" : "s") + "; give them another role first.");
        }
        roles.delete(actor.workspaceId(), role.id());
        audit.record(AuditRecord.of(actor, "role.deleted").target("role", role.id()));
    }

    private static String wire(CustomRole role) {
        return role.permissions().stream().map(Permission::wireName).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    private CustomRole load(Actor actor, CustomRoleId id) {
        return roles.findById(actor.workspaceId(), id).orElseThrow(() -> new NotFoundException("role"));
    }

    /** The custom role a change names; built-in roles are fixed. */
    private static CustomRoleId changeable(String roleId) {
        if (Role.BUILT_IN.stream().anyMatch(r -> r.wireName().equals(roleId))) {
            throw new ConflictException("built-in-role-fixed",
                    "Built-in roles cannot be changed or deleted; define a custom role instead.");
        }
        return parse(roleId);
    }

    /** A role id from a path: a built-in role's name is handled by the caller; anything else not a uuid is missing. */
    private static CustomRoleId parse(String roleId) {
        try {
            return new CustomRoleId(Ids.parse(roleId));
        } catch (Ids.MalformedIdException e) {
            throw new NotFoundException("role");
        }
    }

    private static void requireUniqueName(List<CustomRole> existing, String name, CustomRoleId except) {
        boolean taken = existing.stream().anyMatch(r -> !r.id().equals(except) && r.isCalled(name));
        if (taken) {
            throw new ConflictException("role-name-taken", "Another role of this workspace already has this name.");
        }
    }
}
