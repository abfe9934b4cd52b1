package com.coachkeep.roster.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.InviteClientCommand;
import com.coachkeep.roster.application.port.in.ListClientsQuery;
import com.coachkeep.roster.application.port.in.UpdateClientCommand;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.Patch;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Violation;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.workspace.application.port.in.ChangeStaffRoleCommand;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RosterServiceTest {
    private final TestApplication app = TestApplication.create();
    private Actor owner;
    private Actor coach;

    @BeforeEach
    void workspaceWithACoach() {
        owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        coach = app.joinAsStaff(owner, "Carl", Role.COACH);
    }

    private static InviteClientCommand client(String name, MembershipId coach) {
        return InviteClientCommand.of(name, TestApplication.emailOf(name), coach == null ? null : coach.toString(), null);
    }

    private static UpdateClientCommand statusChange(ClientView client, String status, Long expectedVersion) {
        return UpdateClientCommand.of(client.id(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.of(status),
                expectedVersion);
    }

    private List<String> names(Page<ClientView> page) {
        return page.items().stream().map(ClientView::displayName).toList();
    }

    @Test
    void invitingAClientPutsThemOnTheRosterAndEmailsAClientInvitation() {
        ClientView view = app.roster.invite(owner, InviteClientCommand.of("Ben Miller", "Ben@Example.com", null,
                List.of("Remote")));

        assertEquals("Ben Miller", view.displayName());
        assertEquals("ben@example.com", view.email());
        assertEquals("active", view.status());
        assertEquals(List.of("remote"), view.tags());
        assertFalse(view.joined());
        assertNull(view.assignedCoachId());
        Invitation invitation = app.invitations.allOf(owner.workspaceId()).stream()
                .filter(i -> i.role() == Role.CLIENT).findFirst().orElseThrow();
        assertEquals(view.id().value(), invitation.clientRef());
        assertEquals("ben@example.com", invitation.email().value());
        assertEquals(owner.personId(), invitation.invitedBy());
        assertEquals(1, app.mail.sentTo("ben@example.com").size());
    }

    @Test
    void aClientBeyondThePlansLimitIsNeitherAddedNorInvitedAndRestoringOneBeyondItIsRefused() {
        app.activeClientLimit = 2;
        ClientView ben = app.roster.invite(owner, client("Ben", null));
        app.roster.invite(owner, client("Cleo", null));
        ConflictException refused = assertThrows(ConflictException.class, () -> app.roster.invite(owner, client("Dora", null)));
        assertEquals("plan-limit-reached", refused.code());
        assertEquals(2, app.roster.countActive(owner));
        assertTrue(app.mail.sentTo(TestApplication.emailOf("Dora")).isEmpty());
        assertTrue(app.invitations.allOf(owner.workspaceId()).stream().noneMatch(i -> i.email().value().equals(TestApplication.emailOf("Dora"))));

        // archiving makes room; making the archived one active again beyond the limit is refused and leaves it archived
        ClientView archived = app.roster.update(owner, statusChange(ben, "archived", null));
        app.roster.invite(owner, client("Dora", null));
        assertThrows(ConflictException.class, () -> app.roster.update(owner, statusChange(archived, "active", null)));
        assertEquals("archived", app.roster.get(owner, ben.id()).status());
        // with room again, the archived client is made active
        app.activeClientLimit = 3;
        assertEquals("active", app.roster.update(owner, statusChange(archived, "active", null)).status());
        assertThrows(AccessDeniedException.class, () -> app.roster.countActive(coach));
    }

    @Test
    void coachInvitingWithoutNamingACoachGetsTheClientThemself() {
        ClientView view = app.roster.invite(coach, client("Ben", null));

        assertEquals(coach.membershipId(), view.assignedCoachId());
        assertEquals(List.of("Ben"), names(app.roster.list(coach, ListClientsQuery.of(null, null, PageRequest.first(10)))));
    }

    @Test
    void coachMayAssignTheNewClientToAnotherCoach() {
        Actor cleo = app.joinAsStaff(owner, "Cleo", Role.COACH);

        ClientView view = app.roster.invite(coach, client("Ben", cleo.membershipId()));

        assertEquals(cleo.membershipId(), view.assignedCoachId());
    }

    @Test
    void ownerInvitingWithoutNamingACoachLeavesTheClientUnassigned() {
        assertNull(app.roster.invite(owner, client("Ben", null)).assignedCoachId());
    }

    @Test
    void ownerCanBeTheAssignedCoach() {
        assertEquals(owner.membershipId(), app.roster.invite(owner, client("Ben", owner.membershipId())).assignedCoachId());
    }

    @Test
    void assigningAnAssistantIsInvalid() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> app.roster.invite(owner, client("Ben", assistant.membershipId())));

        assertEquals(List.of("assignedCoachId"), e.violations().stream().map(Violation::field).toList());
        assertEquals(0, app.clients.size());
        assertTrue(app.mail.sentTo("ben@example.com").isEmpty());
    }

    @Test
    void assigningAClientsMembershipIsInvalid() {
        Actor other = app.joinAsClient(owner, "Bea", null);

        assertThrows(InvalidInputException.class, () -> app.roster.invite(owner, client("Ben", other.membershipId())));
    }

    @Test
    void assigningARemovedCoachIsInvalid() {
        app.staffMembers.remove(owner, coach.membershipId());

        assertThrows(InvalidInputException.class, () -> app.roster.invite(owner, client("Ben", coach.membershipId())));
    }

    @Test
    void assigningAnUnknownMembershipIsInvalid() {
        assertThrows(InvalidInputException.class, () -> app.roster.invite(owner, client("Ben", MembershipId.newId())));
        assertEquals("assignedCoachId", assertThrows(InvalidInputException.class,
                () -> InviteClientCommand.of("Ben", "ben@example.com", "not-an-id", null)).violations().get(0).field());
    }

    @Test
    void everyInvalidFieldOfAnInvitationIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> InviteClientCommand.of(" ", "ben", "xyz", List.of("a,b")));

        assertEquals(List.of("displayName", "email", "assignedCoachId", "tags"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void sameEmailCannotBeOnTheRosterTwice() {
        app.roster.invite(owner, client("Ben", null));

        ConflictException e = assertThrows(ConflictException.class,
                () -> app.roster.invite(coach, InviteClientCommand.of("Benjamin", "BEN@example.com", null, null)));

        assertEquals("client-exists", e.code());
        assertEquals(1, app.clients.size());
    }

    @Test
    void assistantCannotInviteClients() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> app.roster.invite(assistant, client("Ben", null)));

        assertEquals(Permission.CLIENTS_MANAGE, e.permission());
        assertEquals(0, app.clients.size());
    }

    @Test
    void rosterIsOrderedByNameIgnoringCaseAndPaged() {
        for (String name : List.of("dora", "Bea", "ann", "Carla", "Eli")) {
            app.roster.invite(owner, client(name, null));
        }

        Page<ClientView> first = app.roster.list(owner, ListClientsQuery.of(null, null, PageRequest.first(2)));
        Page<ClientView> second = app.roster.list(owner, ListClientsQuery.of(null, null, new PageRequest(2, first.nextCursor())));
        Page<ClientView> third = app.roster.list(owner, ListClientsQuery.of(null, null, new PageRequest(2, second.nextCursor())));

        assertEquals(List.of("ann", "Bea"), names(first));
        assertEquals(List.of("Carla", "dora"), names(second));
        assertEquals(List.of("Eli"), names(third));
        assertNull(third.nextCursor());
    }

    @Test
    void rosterIsFilteredByStatusAndNameSearch() {
        ClientView bea = app.roster.invite(owner, client("Bea Stone", null));
        app.roster.invite(owner, client("Ben Stein", null));
        app.roster.invite(owner, client("Cara Moss", null));
        app.roster.update(owner, statusChange(bea, "paused", null));

        assertEquals(List.of("Bea Stone"), names(app.roster.list(owner, ListClientsQuery.of("paused", null, PageRequest.first(10)))));
        assertEquals(List.of("Bea Stone", "Ben Stein"),
                names(app.roster.list(owner, ListClientsQuery.of(null, "ST", PageRequest.first(10)))));
        assertEquals(List.of("Ben Stein"),
                names(app.roster.list(owner, ListClientsQuery.of("active", "st", PageRequest.first(10)))));
        assertEquals("status", assertThrows(InvalidInputException.class,
                () -> ListClientsQuery.of("gone", null, PageRequest.first(10))).violations().get(0).field());
    }

    @Test
    void partialUpdateChangesOnlyTheGivenFieldsAndMovesTheVersionOn() {
        ClientView ben = app.roster.invite(owner, InviteClientCommand.of("Ben", "ben@example.com",
                coach.membershipId().toString(), List.of("remote")));
        app.clock.advance(Duration.ofMinutes(3));

        ClientView updated = app.roster.update(owner, UpdateClientCommand.of(ben.id(), Patch.absent(), Patch.absent(),
                Patch.of(List.of("Vegan", "Marathon")), Patch.absent(), 1L));

        assertEquals(List.of("marathon", "vegan"), updated.tags());
        assertEquals("Ben", updated.displayName());
        assertEquals("active", updated.status());
        assertEquals(coach.membershipId(), updated.assignedCoachId());
        assertEquals(2, updated.version());
        assertEquals(TestApplication.START.plus(Duration.ofMinutes(3)), updated.updatedAt());
    }

    @Test
    void updateBasedOnAnOlderVersionIsRejected() {
        ClientView ben = app.roster.invite(owner, client("Ben", null));
        app.roster.update(owner, statusChange(ben, "paused", 1L));

        StaleVersionException e = assertThrows(StaleVersionException.class,
                () -> app.roster.update(owner, statusChange(ben, "archived", 1L)));

        assertEquals(2, e.currentVersion());
        assertEquals("paused", app.roster.get(owner, ben.id()).status());
    }

    @Test
    void clientCanBeUnassigned() {
        ClientView ben = app.roster.invite(owner, client("Ben", coach.membershipId()));

        ClientView updated = app.roster.update(owner, UpdateClientCommand.of(ben.id(), Patch.absent(), Patch.of(null),
                Patch.absent(), Patch.absent(), null));

        assertNull(updated.assignedCoachId());
        assertThrows(NotFoundException.class, () -> app.roster.get(coach, ben.id()));
    }

    @Test
    void reassigningToANonCoachIsInvalidAndChangesNothing() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        ClientView ben = app.roster.invite(owner, client("Ben", coach.membershipId()));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> app.roster.update(owner,
                UpdateClientCommand.of(ben.id(), Patch.of("Benjamin"), Patch.of(assistant.membershipId().toString()),
                        Patch.absent(), Patch.absent(), null)));

        assertEquals("assignedCoachId", e.violations().get(0).field());
        Client stored = app.clients.findById(owner.workspaceId(), ben.id()).orElseThrow();
        assertEquals("Ben", stored.displayName());
        assertEquals(coach.membershipId(), stored.assignedCoach());
        assertEquals(1, stored.version());
    }

    @Test
    void coachCannotUpdateAClientTheyCannotSee() {
        ClientView ben = app.roster.invite(owner, client("Ben", null));

        assertThrows(NotFoundException.class, () -> app.roster.update(coach, statusChange(ben, "archived", null)));
        assertEquals("active", app.roster.get(owner, ben.id()).status());
    }

    @Test
    void assistantCannotUpdateEvenAnAssignedClient() {
        ClientView ben = app.roster.invite(owner, client("Ben", coach.membershipId()));
        app.staffMembers.changeRole(owner, ChangeStaffRoleCommand.of(coach.membershipId(), "assistant"));
        Actor assistant = app.actor(app.signIn("Carl"), owner.workspaceId());

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> app.roster.update(assistant, statusChange(ben, "paused", null)));

        assertEquals(Permission.CLIENTS_MANAGE, e.permission());
    }

    @Test
    void clientCannotUpdateTheirRecordThroughTheStaffUseCase() {
        Actor ben = app.joinAsClient(owner, "Ben", null);
        ClientView own = app.roster.getOwn(ben);

        assertThrows(AccessDeniedException.class, () -> app.roster.update(ben, statusChange(own, "archived", null)));
    }
}
