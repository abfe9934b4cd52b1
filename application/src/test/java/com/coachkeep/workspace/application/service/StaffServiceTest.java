package com.coachkeep.workspace.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.workspace.application.port.in.AcceptInvitationCommand;
import com.coachkeep.workspace.application.port.in.ChangeStaffRoleCommand;
import com.coachkeep.workspace.application.port.in.InviteStaffCommand;
import com.coachkeep.workspace.application.port.in.StaffMemberView;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.MembershipRuleException;
import com.coachkeep.workspace.domain.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class StaffServiceTest {
    private final TestApplication app = TestApplication.create();
    private Actor owner;

    @BeforeEach
    void workspaceWithOwner() {
        owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
    }

    @Test
    @Tag("promise:P-ROLE-2")
    void removedCoachIsRejectedOnNextRequest() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        Caller carl = app.signIn("Carl");
        assertEquals("coach", app.actor(carl, owner.workspaceId()).roleName());

        app.staffMembers.remove(owner, coach.membershipId());

        Caller carlAgain = app.signIn("Carl");
        NotFoundException e = assertThrows(NotFoundException.class, () -> app.actor(carlAgain, owner.workspaceId()));
        assertEquals("workspace", e.resource());
        Membership stored = app.memberships.findById(owner.workspaceId(), coach.membershipId()).orElseThrow();
        assertEquals(Membership.Status.REMOVED, stored.status());
        assertEquals(TestApplication.START, stored.removedAt());
    }

    @Test
    @Tag("promise:P-ROLE-2")
    void removedAssistantIsRejectedOnNextRequest() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);

        app.staffMembers.remove(owner, assistant.membershipId());

        assertThrows(NotFoundException.class, () -> app.actor(app.signIn("Ada"), owner.workspaceId()));
    }

    @Test
    void removedStaffMemberCanBeInvitedAndJoinAgain() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        app.staffMembers.remove(owner, coach.membershipId());

        Actor back = app.joinAsStaff(owner, "Carl", Role.ASSISTANT);

        assertEquals("assistant", back.roleName());
        assertNotEquals(coach.membershipId(), back.membershipId());
    }

    @Test
    void ownerCannotBeRemoved() {
        MembershipRuleException e = assertThrows(MembershipRuleException.class,
                () -> app.staffMembers.remove(owner, owner.membershipId()));

        assertEquals("owner-cannot-be-removed", e.code());
        assertEquals("owner", app.actor(app.signIn("Anna"), owner.workspaceId()).roleName());
    }

    @Test
    void coachCannotRemoveStaff() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> app.staffMembers.remove(coach, assistant.membershipId()));

        assertEquals(Permission.STAFF_MANAGE, e.permission());
        assertEquals("assistant", app.actor(app.signIn("Ada"), owner.workspaceId()).roleName());
    }

    @Test
    void removingAnAlreadyRemovedMemberIsNotFound() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        app.staffMembers.remove(owner, coach.membershipId());

        NotFoundException e = assertThrows(NotFoundException.class, () -> app.staffMembers.remove(owner, coach.membershipId()));

        assertEquals("staff member", e.resource());
    }

    @Test
    void clientMembershipIsNotAStaffMember() {
        Actor client = app.joinAsClient(owner, "Ben", null);

        assertThrows(NotFoundException.class, () -> app.staffMembers.remove(owner, client.membershipId()));
        assertThrows(NotFoundException.class,
                () -> app.staffMembers.changeRole(owner, ChangeStaffRoleCommand.of(client.membershipId(), "coach")));
        assertEquals("client", app.actor(app.signIn("Ben"), owner.workspaceId()).roleName());
    }

    @Test
    void unknownMembershipIsNotFound() {
        assertThrows(NotFoundException.class, () -> app.staffMembers.remove(owner, MembershipId.newId()));
    }

    @Test
    void ownerTurnsACoachIntoAnAssistantEffectiveOnTheNextRequest() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);

        StaffMemberView view = app.staffMembers.changeRole(owner, ChangeStaffRoleCommand.of(coach.membershipId(), "assistant"));

        assertEquals("assistant", view.role());
        assertEquals("carl@example.com", view.email());
        Actor next = app.actor(app.signIn("Carl"), owner.workspaceId());
        assertEquals("assistant", next.roleName());
        assertEquals(Role.ASSISTANT.permissions(), next.permissions());
    }

    @Test
    void ownersRoleCannotBeChanged() {
        MembershipRuleException e = assertThrows(MembershipRuleException.class,
                () -> app.staffMembers.changeRole(owner, ChangeStaffRoleCommand.of(owner.membershipId(), "coach")));

        assertEquals("owner-role-fixed", e.code());
        assertEquals("owner", app.actor(app.signIn("Anna"), owner.workspaceId()).roleName());
    }

    @Test
    void nobodyIsMadeOwnerOrClientByAChangeOfRole() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);

        assertEquals("role", assertThrows(InvalidInputException.class,
                () -> ChangeStaffRoleCommand.of(coach.membershipId(), "owner")).violations().get(0).field());
        assertThrows(InvalidInputException.class, () -> ChangeStaffRoleCommand.of(coach.membershipId(), "client"));
        MembershipRuleException e = assertThrows(MembershipRuleException.class,
                () -> app.staffMembers.changeRole(owner, new ChangeStaffRoleCommand(coach.membershipId(), Role.OWNER)));
        assertEquals("owner-role-fixed", e.code());
        assertEquals("coach", app.actor(app.signIn("Carl"), owner.workspaceId()).roleName());
    }

    @Test
    void coachCannotChangeRoles() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        Actor other = app.joinAsStaff(owner, "Cleo", Role.COACH);

        assertThrows(AccessDeniedException.class,
                () -> app.staffMembers.changeRole(coach, ChangeStaffRoleCommand.of(other.membershipId(), "assistant")));
        assertThrows(AccessDeniedException.class,
                () -> app.staffMembers.changeRole(coach, ChangeStaffRoleCommand.of(coach.membershipId(), "assistant")));
        assertEquals("coach", app.actor(app.signIn("Cleo"), owner.workspaceId()).roleName());
    }

    @Test
    void removedMemberCannotBeReRoled() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        app.staffMembers.remove(owner, coach.membershipId());

        assertThrows(NotFoundException.class,
                () -> app.staffMembers.changeRole(owner, ChangeStaffRoleCommand.of(coach.membershipId(), "assistant")));
    }

    @Test
    void staffAreListedOldestFirstWithoutClientsOrRemovedMembers() {
        app.clock.advance(Duration.ofMinutes(1));
        Actor carl = app.joinAsStaff(owner, "Carl", Role.COACH);
        app.clock.advance(Duration.ofMinutes(1));
        Actor ada = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        app.clock.advance(Duration.ofMinutes(1));
        Actor gone = app.joinAsStaff(owner, "Gus", Role.COACH);
        app.joinAsClient(owner, "Ben", null);
        app.staffMembers.remove(owner, gone.membershipId());

        Page<StaffMemberView> page = app.staffMembers.listStaff(carl, PageRequest.first(10));

        assertEquals(List.of("anna@example.com", "carl@example.com", "ada@example.com"),
                page.items().stream().map(StaffMemberView::email).toList());
        assertEquals(List.of("owner", "coach", "assistant"), page.items().stream().map(StaffMemberView::role).toList());
        assertEquals(ada.membershipId(), page.items().get(2).membershipId());
        assertNull(page.nextCursor());
    }

    @Test
    void staffListIsPaged() {
        app.clock.advance(Duration.ofMinutes(1));
        app.joinAsStaff(owner, "Carl", Role.COACH);
        app.clock.advance(Duration.ofMinutes(1));
        app.joinAsStaff(owner, "Ada", Role.ASSISTANT);

        Page<StaffMemberView> first = app.staffMembers.listStaff(owner, PageRequest.first(2));
        Page<StaffMemberView> second = app.staffMembers.listStaff(owner, new PageRequest(2, first.nextCursor()));

        assertEquals(2, first.items().size());
        assertEquals(List.of("ada@example.com"), second.items().stream().map(StaffMemberView::email).toList());
        assertNull(second.nextCursor());
    }

    @Test
    void clientCannotListStaff() {
        Actor client = app.joinAsClient(owner, "Ben", null);

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> app.staffMembers.listStaff(client, PageRequest.first(10)));

        assertEquals(Permission.STAFF_READ, e.permission());
    }

    @Test
    void memberWhoseAddressChangedCannotJoinTheSameWorkspaceTwice() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        app.staff.invite(owner, InviteStaffCommand.of("carl.work@example.com", "assistant"));
        Caller carlWithWorkAddress = app.signIn("Carl", "carl.work@example.com", true);

        ConflictException e = assertThrows(ConflictException.class, () -> app.staff.accept(carlWithWorkAddress,
                new AcceptInvitationCommand(app.invitationTokenSentTo("carl.work@example.com"))));

        assertEquals("already-member", e.code());
        Actor still = app.actor(carlWithWorkAddress, owner.workspaceId());
        assertEquals("coach", still.roleName());
        assertEquals(coach.membershipId(), still.membershipId());
        assertEquals(1, app.memberships.allOf(owner.workspaceId()).stream()
                .filter(m -> m.personId().equals(carlWithWorkAddress.personId())).count());
    }
}
