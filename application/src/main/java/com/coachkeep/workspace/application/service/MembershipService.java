package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.workspace.application.port.in.ChangeStaffRoleCommand;
import com.coachkeep.workspace.application.port.in.ChangeStaffRoleUseCase;
import com.coachkeep.workspace.application.port.in.ListStaffUseCase;
import com.coachkeep.workspace.application.port.in.RemoveStaffUseCase;
import com.coachkeep.workspace.application.port.in.StaffMemberView;
import com.coachkeep.workspace.application.port.out.CustomRoleRepository;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.CustomRoleId;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The staff of a workspace, as memberships: listing them, changing their role, removing them. */
@ApplicationScoped
@Transactional
public class MembershipService implements ListStaffUseCase, ChangeStaffRoleUseCase, RemoveStaffUseCase {
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final CustomRoleRepository customRoles;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public MembershipService(MembershipRepository memberships, PersonRepository people, CustomRoleRepository customRoles,
            AuditTrail audit, Clock clock) {
        this.memberships = memberships;
        this.people = people;
        this.customRoles = customRoles;
        this.audit = audit;
        this.clock = clock;
    }

    protected MembershipService() {
        this(null, null, null, null, null);
    }

    @Override
    public Page<StaffMemberView> listStaff(Actor actor, PageRequest page) {
        actor.require(Permission.STAFF_READ);
        Page<Membership> result = memberships.listActiveStaff(actor.workspaceId(), page);
        Map<PersonId, Person> persons = people.findAllById(result.items().stream().map(Membership::personId).toList());
        Map<CustomRoleId, CustomRole> roles = customRoles.findAllById(actor.workspaceId(),
                        result.items().stream().map(Membership::customRoleId).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(CustomRole::id, Function.identity()));
        return result.map(m -> view(m, persons.get(m.personId()), roles.get(m.customRoleId())));
    }

    @Override
    public StaffMemberView changeRole(Actor actor, ChangeStaffRoleCommand c) {
        actor.require(Permission.STAFF_MANAGE);
        Membership membership = loadStaff(actor, c.membershipId());
        String from = membership.role().wireName();
        CustomRole custom = null;
        if (c.role() == Role.CUSTOM) {
            // Another workspace's role is reported exactly like a missing one.
            custom = customRoles.findById(actor.workspaceId(), c.customRoleId()).orElseThrow(
                    () -> InvalidInputException.of("customRoleId", "must be the id of a custom role of this workspace"));
            membership.assignCustomRole(custom.id());
        } else {
            membership.changeRole(c.role());
        }
        memberships.update(membership);
        AuditRecord changed = AuditRecord.of(actor, "staff.role_changed").target("membership", membership.id())
                .detail("person", membership.personId()).detail("from", from).detail("to", membership.role().wireName());
        audit.record(custom == null ? changed : changed.detail("customRole", custom.id()));
        return view(membership, people.findById(membership.personId()).orElse(null), custom);
    }

    @Override
    public void remove(Actor actor, MembershipId membershipId) {
        actor.require(Permission.STAFF_MANAGE);
        Membership membership = loadStaff(actor, membershipId);
        membership.remove(clock.instant());
        memberships.update(membership);
        audit.record(AuditRecord.of(actor, "staff.removed").target("membership", membership.id())
                .detail("person", membership.personId()).detail("role", membership.role().wireName()));
    }

    private Membership loadStaff(Actor actor, MembershipId id) {
        return memberships.findById(actor.workspaceId(), id)
                .filter(Membership::isActive)
                .filter(m -> m.role().isStaff())
                .orElseThrow(() -> new NotFoundException("staff member"));
    }

    private static StaffMemberView view(Membership m, Person p, CustomRole custom) {
        return new StaffMemberView(m.id(), m.personId(), p == null || p.email() == null ? null : p.email().value(),
                p == null ? null : p.displayName(), m.role().wireName(), m.customRoleId(),
                custom == null ? null : custom.name(), m.createdAt());
    }
}
