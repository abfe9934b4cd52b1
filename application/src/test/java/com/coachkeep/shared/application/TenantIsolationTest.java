package com.coachkeep.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.InviteClientCommand;
import com.coachkeep.roster.application.port.in.ListClientsQuery;
import com.coachkeep.roster.application.port.in.UpdateClientCommand;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.workspace.application.port.in.ChangeStaffRoleCommand;
import com.coachkeep.workspace.application.port.in.InvitationView;
import com.coachkeep.workspace.application.port.in.InviteStaffCommand;
import com.coachkeep.workspace.application.port.in.StaffMemberView;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An actor of workspace B holding ids of workspace A gets exactly what a missing id would give. */
@Tag("promise:P-ISO-3")
class TenantIsolationTest {
    private final TestApplication app = TestApplication.create();
    private Actor ownerA;
    private Actor coachA;
    private ClientView clientOfA;
    private InvitationView invitationOfA;
    private Actor ownerB;

    @BeforeEach
    void twoWorkspaces() {
        ownerA = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        coachA = app.joinAsStaff(ownerA, "Carl", Role.COACH);
        clientOfA = app.addClient(ownerA, "Ben", coachA.membershipId());
        app.coachNotes.addNote(coachA, clientOfA.id(), "A's private note");
        invitationOfA = app.staff.invite(ownerA, InviteStaffCommand.of("ada@example.com", "assistant"));
        ownerB = app.ownerOfNewWorkspace("Bob", "Bob's Barbell");
    }

    @Test
    void clientOfAnotherWorkspaceIsNotFound() {
        assertEquals("client", assertThrows(NotFoundException.class, () -> app.roster.get(ownerB, clientOfA.id())).resource());
    }

    @Test
    void clientOfAnotherWorkspaceCannotBeChanged() {
        assertThrows(NotFoundException.class, () -> app.roster.update(ownerB, UpdateClientCommand.of(clientOfA.id(),
                Patch.of("Hijacked"), Patch.absent(), Patch.absent(), Patch.absent(),
                null)));

        assertEquals("Ben", app.roster.get(ownerA, clientOfA.id()).displayName());
    }

    @Test
    void notesOfAnotherWorkspacesClientCanBeNeitherReadNorWritten() {
        assertThrows(NotFoundException.class, () -> app.coachNotes.listNotes(ownerB, clientOfA.id(), PageRequest.first(10)));
        assertThrows(NotFoundException.class, () -> app.coachNotes.addNote(ownerB, clientOfA.id(), "planted"));

        assertEquals(1, app.notes.size());
    }

    @Test
    void rosterOfAnotherWorkspaceIsNotListed() {
        assertEquals(List.of(), app.roster.list(ownerB, ListClientsQuery.of(null, null, PageRequest.first(10))).items());
    }

    @Test
    void staffOfAnotherWorkspaceCanBeNeitherRemovedNorReRoled() {
        assertThrows(NotFoundException.class, () -> app.staffMembers.remove(ownerB, coachA.membershipId()));
        assertThrows(NotFoundException.class,
                () -> app.staffMembers.changeRole(ownerB, ChangeStaffRoleCommand.of(coachA.membershipId(), "assistant")));

        Membership stored = app.memberships.findById(ownerA.workspaceId(), coachA.membershipId()).orElseThrow();
        assertEquals(Role.COACH, stored.role());
        assertEquals(Membership.Status.ACTIVE, stored.status());
    }

    @Test
    void staffOfAnotherWorkspaceAreNotListed() {
        assertEquals(List.of("bob@example.com"), app.staffMembers.listStaff(ownerB, PageRequest.first(10)).items().stream()
                .map(StaffMemberView::email).toList());
    }

    @Test
    void invitationOfAnotherWorkspaceCanBeNeitherRevokedNorResent() {
        int mailsBefore = app.mail.sent().size();

        assertThrows(NotFoundException.class, () -> app.staff.revoke(ownerB, invitationOfA.id()));
        assertThrows(NotFoundException.class, () -> app.staff.resend(ownerB, invitationOfA.id()));

        assertEquals(Invitation.Status.PENDING,
                app.invitations.findById(ownerA.workspaceId(), invitationOfA.id()).orElseThrow().status());
        assertEquals(mailsBefore, app.mail.sent().size());
        assertEquals(List.of(), app.staff.listPending(ownerB, PageRequest.first(10)).items());
    }

    @Test
    void memberOfOneWorkspaceCannotActInAnother() {
        Caller carl = app.signIn("Carl");

        assertThrows(NotFoundException.class, () -> app.actor(carl, ownerB.workspaceId()));
    }

    @Test
    void coachOfAnotherWorkspaceCannotBeAssignedAClient() {
        assertThrows(InvalidInputException.class, () -> app.roster.invite(ownerB,
                InviteClientCommand.of("Zoe", "zoe@example.com",
                        coachA.membershipId().toString(), null)));
    }
}
