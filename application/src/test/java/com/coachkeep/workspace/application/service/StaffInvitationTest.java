package com.coachkeep.workspace.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.testing.fakes.FakeAppLinks;
import com.coachkeep.workspace.application.port.in.AcceptInvitationCommand;
import com.coachkeep.workspace.application.port.in.AcceptInvitationUseCase.Accepted;
import com.coachkeep.workspace.application.port.in.InvitationView;
import com.coachkeep.workspace.application.port.in.InviteStaffCommand;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.InvitationRejectedException;
import com.coachkeep.workspace.domain.InvitationToken;
import com.coachkeep.workspace.domain.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffInvitationTest {
    private static final String CARL = "carl@example.com";
    private final TestApplication app = TestApplication.create();
    private Actor owner;

    @BeforeEach
    void workspaceWithOwner() {
        owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
    }

    private InvitationView inviteCarlAsCoach() {
        return app.staff.invite(owner, InviteStaffCommand.of(CARL, "coach"));
    }

    private Accepted accept(Caller caller, String token) {
        return app.staff.accept(caller, new AcceptInvitationCommand(token));
    }

    @Test
    void invitingStaffEmailsALinkCarryingTheToken() {
        InvitationView view = inviteCarlAsCoach();

        MailPort.Email email = app.mail.lastTo(CARL);
        String token = FakeAppLinks.invitationTokenIn((String) email.model().get("acceptUrl"));
        assertEquals(app.links.invitation(token), email.model().get("acceptUrl"));
        assertEquals(new EmailAddress(CARL), email.to().address());
        assertEquals(EmailTemplate.STAFF_INVITATION, email.template());
        assertTrue(email.essential());
        assertEquals(owner.workspaceId(), email.workspaceId());
        assertEquals("coach", email.model().get("role"));
        assertEquals("Iron Temple", email.model().get("workspaceName"));
        assertEquals("Iron Temple", email.branding().name());
        assertEquals(1, app.mail.sent().size());
        assertEquals(CARL, view.email());
        assertEquals("coach", view.role());
        assertEquals("pending", view.status());
        assertEquals(TestApplication.START.plus(Invitation.VALIDITY), view.expiresAt());
    }

    @Test
    void onlyTheHashOfTheEmailedTokenIsStored() {
        InvitationView view = inviteCarlAsCoach();
        String token = app.invitationTokenSentTo(CARL);

        Invitation stored = app.invitations.findById(owner.workspaceId(), view.id()).orElseThrow();

        assertEquals(InvitationToken.hashOf(token), stored.tokenHash());
        assertNotEquals(token, stored.tokenHash());
        assertTrue(app.invitations.findByTokenHash(InvitationToken.hashOf(token)).isPresent());
        assertFalse(app.invitations.findByTokenHash(token).isPresent());
    }

    @Test
    void invitationEmailHasAnIdempotencyKeyDerivedFromTheInvitation() {
        InvitationView view = inviteCarlAsCoach();

        String key = app.mail.lastTo(CARL).idempotencyKey();

        assertTrue(key.startsWith("invitation:" + view.id() + ":"), key);
        assertFalse(key.contains(app.invitationTokenSentTo(CARL)));
    }

    @Test
    void assistantInvitationReadsAsAnAssistant() {
        app.staff.invite(owner, InviteStaffCommand.of("ada@example.com", "assistant"));

        assertEquals("assistant", app.mail.lastTo("ada@example.com").model().get("role"));
    }

    @Test
    void secondInvitationToAPendingAddressIsAConflict() {
        inviteCarlAsCoach();

        ConflictException e = assertThrows(ConflictException.class,
                () -> app.staff.invite(owner, InviteStaffCommand.of("Carl@Example.com", "assistant")));

        assertEquals("invitation-pending", e.code());
        assertEquals(1, app.mail.sent().size());
        assertEquals(1, app.invitations.allOf(owner.workspaceId()).size());
    }

    @Test
    void invitingSomeoneWhoAlreadyBelongsIsAConflict() {
        app.joinAsStaff(owner, "Carl", Role.COACH);

        ConflictException e = assertThrows(ConflictException.class, this::inviteCarlAsCoach);

        assertEquals("already-staff", e.code());
    }

    @Test
    void coachCannotInviteStaff() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> app.staff.invite(coach, InviteStaffCommand.of("ada@example.com", "assistant")));

        assertEquals(Permission.STAFF_MANAGE, e.permission());
        assertTrue(app.mail.sentTo("ada@example.com").isEmpty());
    }

    @Test
    void nobodyIsInvitedAsOwnerOrClientThroughStaffInvitations() {
        InvalidInputException owner = assertThrows(InvalidInputException.class,
                () -> InviteStaffCommand.of(CARL, "owner"));
        InvalidInputException both = assertThrows(InvalidInputException.class,
                () -> InviteStaffCommand.of("carl", "client"));

        assertEquals("role", owner.violations().get(0).field());
        assertEquals(List.of("email", "role"), both.violations().stream().map(v -> v.field()).toList());
    }

    @Test
    void acceptingWithTheVerifiedInvitedEmailGrantsTheInvitedRole() {
        app.staff.invite(owner, InviteStaffCommand.of("ada@example.com", "assistant"));
        Caller ada = app.signIn("Ada");

        Accepted accepted = accept(ada, app.invitationTokenSentTo("ada@example.com"));

        assertEquals(owner.workspaceId(), accepted.workspaceId());
        assertEquals("assistant", accepted.role());
        assertNull(accepted.clientId());
        Actor actor = app.actor(ada, owner.workspaceId());
        assertEquals("assistant", actor.roleName());
        assertEquals(accepted.membershipId(), actor.membershipId());
        assertEquals(Role.ASSISTANT.permissions(), actor.permissions());
        Invitation stored = app.invitations.allOf(owner.workspaceId()).get(0);
        assertEquals(Invitation.Status.ACCEPTED, stored.status());
        assertEquals(ada.personId(), stored.acceptedBy());
    }

    @Test
    void invitationCannotBeAcceptedTwice() {
        inviteCarlAsCoach();
        Caller carl = app.signIn("Carl");
        String token = app.invitationTokenSentTo(CARL);
        accept(carl, token);

        InvitationRejectedException e = assertThrows(InvitationRejectedException.class, () -> accept(carl, token));

        assertEquals("invitation-used", e.code());
        assertEquals(2, app.memberships.allOf(owner.workspaceId()).size());
    }

    @Test
    void someoneElseWithTheLinkCannotAcceptIt() {
        inviteCarlAsCoach();
        Caller mallory = app.signIn("Mallory");

        InvitationRejectedException e = assertThrows(InvitationRejectedException.class,
                () -> accept(mallory, app.invitationTokenSentTo(CARL)));

        assertEquals("invitation-email-mismatch", e.code());
        assertThrows(NotFoundException.class, () -> app.actor(mallory, owner.workspaceId()));
        assertEquals(Invitation.Status.PENDING, app.invitations.allOf(owner.workspaceId()).get(0).status());
    }

    @Test
    void invitedAddressThatTheProviderDoesNotVouchForCannotAccept() {
        inviteCarlAsCoach();
        Caller unverifiedCarl = app.signIn("carl-unverified", CARL, false);

        InvitationRejectedException e = assertThrows(InvitationRejectedException.class,
                () -> accept(unverifiedCarl, app.invitationTokenSentTo(CARL)));

        assertEquals("invitation-email-mismatch", e.code());
        assertThrows(NotFoundException.class, () -> app.actor(unverifiedCarl, owner.workspaceId()));
    }

    @Test
    void unknownTokenIsNotFound() {
        Caller carl = app.signIn("Carl");

        NotFoundException e = assertThrows(NotFoundException.class,
                () -> accept(carl, InvitationToken.generate().value()));

        assertEquals("invitation", e.resource());
    }

    @Test
    void malformedTokenIsInvalidInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new AcceptInvitationCommand("not a token!"));

        assertEquals("token", e.violations().get(0).field());
    }

    @Test
    void expiredInvitationCannotBeAccepted() {
        inviteCarlAsCoach();
        Caller carl = app.signIn("Carl");
        app.clock.advance(Invitation.VALIDITY);

        InvitationRejectedException e = assertThrows(InvitationRejectedException.class,
                () -> accept(carl, app.invitationTokenSentTo(CARL)));

        assertEquals("invitation-expired", e.code());
        assertThrows(NotFoundException.class, () -> app.actor(carl, owner.workspaceId()));
    }

    @Test
    void revokedInvitationLinkStopsWorking() {
        InvitationView view = inviteCarlAsCoach();
        String token = app.invitationTokenSentTo(CARL);

        app.staff.revoke(owner, view.id());

        Caller carl = app.signIn("Carl");
        assertEquals("invitation-used",
                assertThrows(InvitationRejectedException.class, () -> accept(carl, token)).code());
        assertTrue(app.staff.listPending(owner, PageRequest.first(10)).items().isEmpty());
    }

    @Test
    void revokedAddressCanBeInvitedAgain() {
        InvitationView view = inviteCarlAsCoach();
        app.staff.revoke(owner, view.id());

        InvitationView again = inviteCarlAsCoach();

        assertNotEquals(view.id(), again.id());
        assertEquals(2, app.mail.sentTo(CARL).size());
    }

    @Test
    void resendingSendsAFreshLinkAndTheOldOneStopsWorking() {
        InvitationView view = inviteCarlAsCoach();
        String oldToken = app.invitationTokenSentTo(CARL);
        String oldKey = app.mail.lastTo(CARL).idempotencyKey();
        app.clock.advance(Duration.ofDays(6));

        InvitationView resent = app.staff.resend(owner, view.id());

        String newToken = app.invitationTokenSentTo(CARL);
        assertNotEquals(oldToken, newToken);
        assertNotEquals(oldKey, app.mail.lastTo(CARL).idempotencyKey());
        assertEquals(2, app.mail.sentTo(CARL).size());
        assertEquals(TestApplication.START.plus(Duration.ofDays(6)).plus(Invitation.VALIDITY), resent.expiresAt());
        app.clock.advance(Duration.ofDays(2));
        Caller carl = app.signIn("Carl");
        assertThrows(NotFoundException.class, () -> accept(carl, oldToken));
        assertEquals("coach", accept(carl, newToken).role());
    }

    @Test
    void acceptedInvitationCannotBeResent() {
        InvitationView view = inviteCarlAsCoach();
        accept(app.signIn("Carl"), app.invitationTokenSentTo(CARL));

        assertThrows(InvitationRejectedException.class, () -> app.staff.resend(owner, view.id()));
        assertEquals(1, app.mail.sentTo(CARL).size());
    }

    @Test
    void acceptingAClientInvitationLinksTheRosterEntryToThePerson() {
        ClientView invited = app.addClient(owner, "Ben", null);
        Caller ben = app.signIn("Ben");

        Accepted accepted = accept(ben, app.invitationTokenSentTo("ben@example.com"));

        assertEquals("client", accepted.role());
        assertEquals(invited.id().value(), accepted.clientId());
        Client stored = app.clients.findById(owner.workspaceId(), invited.id()).orElseThrow();
        assertEquals(ben.personId(), stored.personId());
        assertEquals(2, stored.version());
        Actor client = app.actor(ben, owner.workspaceId());
        assertEquals("client", client.roleName());
        ClientView own = app.roster.getOwn(client);
        assertEquals(invited.id(), own.id());
        assertTrue(own.joined());
    }

    @Test
    void clientInvitationEmailSaysItIsForAClient() {
        app.addClient(owner, "Ben", null);

        assertEquals(EmailTemplate.CLIENT_INVITATION, app.mail.lastTo("ben@example.com").template());
        assertEquals("client", app.mail.lastTo("ben@example.com").model().get("role"));
    }

    @Test
    void ownerSeesAllPendingInvitationsNewestFirst() {
        inviteCarlAsCoach();
        app.clock.advance(Duration.ofMinutes(1));
        app.addClient(owner, "Ben", null);
        app.clock.advance(Duration.ofMinutes(1));
        app.staff.invite(owner, InviteStaffCommand.of("ada@example.com", "assistant"));

        List<String> emails = app.staff.listPending(owner, PageRequest.first(10)).items().stream()
                .map(InvitationView::email).toList();

        assertEquals(List.of("ada@example.com", "ben@example.com", CARL), emails);
    }

    @Test
    void pendingInvitationsArePaged() {
        for (String name : List.of("Ada", "Ben", "Cleo")) {
            app.staff.invite(owner, InviteStaffCommand.of(TestApplication.emailOf(name), "assistant"));
            app.clock.advance(Duration.ofMinutes(1));
        }

        var first = app.staff.listPending(owner, PageRequest.first(2));
        var second = app.staff.listPending(owner, new PageRequest(2, first.nextCursor()));

        assertEquals(List.of("cleo@example.com", "ben@example.com"), first.items().stream().map(InvitationView::email).toList());
        assertEquals(List.of("ada@example.com"), second.items().stream().map(InvitationView::email).toList());
        assertNull(second.nextCursor());
    }

    @Test
    void onlyTheOwnerSeesPendingInvitationsEvenOfClients() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        app.staff.invite(owner, InviteStaffCommand.of("ada@example.com", "assistant"));
        app.addClient(coach, "Ben", null);

        assertThrows(AccessDeniedException.class, () -> app.staff.listPending(coach, PageRequest.first(10)));
        List<InvitationView> seen = app.staff.listPending(owner, PageRequest.first(10)).items();
        assertEquals(java.util.Set.of("ben@example.com", "ada@example.com"),
                seen.stream().map(InvitationView::email).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void assistantCannotListOrWithdrawInvitations() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        InvitationView view = inviteCarlAsCoach();

        assertThrows(AccessDeniedException.class, () -> app.staff.listPending(assistant, PageRequest.first(10)));
        assertThrows(AccessDeniedException.class, () -> app.staff.revoke(assistant, view.id()));
        assertThrows(AccessDeniedException.class, () -> app.staff.resend(assistant, view.id()));
        assertEquals(Invitation.Status.PENDING,
                app.invitations.findById(owner.workspaceId(), view.id()).orElseThrow().status());
    }

    @Test
    void coachCannotWithdrawAStaffInvitation() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        InvitationView view = app.staff.invite(owner, InviteStaffCommand.of("ada@example.com", "assistant"));

        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> app.staff.revoke(coach, view.id()));

        assertEquals(Permission.STAFF_MANAGE, e.permission());
    }
}
