package com.coachkeep.workspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvitationTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final EmailAddress INVITED = new EmailAddress("new.coach@example.com");
    private final WorkspaceId workspace = WorkspaceId.newId();
    private final PersonId owner = PersonId.newId();

    private Invitation.Issued issueStaff() {
        return Invitation.issue(workspace, INVITED, Role.COACH, null, owner, NOW);
    }

    private static Person person(String email, boolean verified) {
        return Person.provision("https://idp.example", UUID.randomUUID().toString(), new EmailAddress(email), verified,
                "Someone", NOW);
    }

    @Test
    void issuedInvitationIsPendingForSevenDays() {
        Invitation invitation = issueStaff().invitation();

        assertEquals(Invitation.Status.PENDING, invitation.status());
        assertEquals(NOW, invitation.createdAt());
        assertEquals(NOW.plus(Duration.ofDays(7)), invitation.expiresAt());
        assertEquals(owner, invitation.invitedBy());
        assertEquals(Role.COACH, invitation.role());
        assertNull(invitation.clientRef());
    }

    @Test
    void onlyTheHashOfTheTokenIsKept() {
        Invitation.Issued issued = issueStaff();
        String token = issued.token().value();

        assertEquals(InvitationToken.hashOf(token), issued.invitation().tokenHash());
        assertEquals(issued.token().hash(), issued.invitation().tokenHash());
        assertNotEquals(token, issued.invitation().tokenHash());
        assertFalse(issued.invitation().tokenHash().contains(token));
    }

    @Test
    void personWithTheVerifiedInvitedEmailAcceptsOnce() {
        Invitation invitation = issueStaff().invitation();
        Person invitee = person("New.Coach@example.com", true);
        Instant at = NOW.plus(Duration.ofDays(1));

        invitation.accept(invitee, at);

        assertEquals(Invitation.Status.ACCEPTED, invitation.status());
        assertEquals(invitee.id(), invitation.acceptedBy());
        assertEquals(at, invitation.acceptedAt());
    }

    @Test
    void acceptedInvitationCannotBeAcceptedAgain() {
        Invitation invitation = issueStaff().invitation();
        Person invitee = person(INVITED.value(), true);
        invitation.accept(invitee, NOW);

        InvitationRejectedException e = assertThrows(InvitationRejectedException.class,
                () -> invitation.accept(invitee, NOW.plusSeconds(10)));

        assertEquals("invitation-used", e.code());
        assertEquals(NOW, invitation.acceptedAt());
    }

    @Test
    void expiredInvitationIsRejected() {
        Invitation invitation = issueStaff().invitation();
        Person invitee = person(INVITED.value(), true);

        InvitationRejectedException e = assertThrows(InvitationRejectedException.class,
                () -> invitation.accept(invitee, invitation.expiresAt()));

        assertEquals("invitation-expired", e.code());
        assertEquals(Invitation.Status.PENDING, invitation.status());
    }

    @Test
    void invitationIsStillValidJustBeforeItExpires() {
        Invitation invitation = issueStaff().invitation();

        invitation.accept(person(INVITED.value(), true), invitation.expiresAt().minusMillis(1));

        assertEquals(Invitation.Status.ACCEPTED, invitation.status());
    }

    @Test
    void personWithAnotherEmailCannotAccept() {
        Invitation invitation = issueStaff().invitation();

        InvitationRejectedException e = assertThrows(InvitationRejectedException.class,
                () -> invitation.accept(person("someone.else@example.com", true), NOW));

        assertEquals("invitation-email-mismatch", e.code());
        assertEquals(Invitation.Status.PENDING, invitation.status());
        assertNull(invitation.acceptedBy());
    }

    @Test
    void personWhoseEmailIsNotVerifiedCannotAccept() {
        Invitation invitation = issueStaff().invitation();

        InvitationRejectedException e = assertThrows(InvitationRejectedException.class,
                () -> invitation.accept(person(INVITED.value(), false), NOW));

        assertEquals("invitation-email-mismatch", e.code());
        assertEquals(Invitation.Status.PENDING, invitation.status());
    }

    @Test
    void personWithoutAnyEmailCannotAccept() {
        Invitation invitation = issueStaff().invitation();
        Person noEmail = new Person(PersonId.newId(), "https://idp.example", "sub-1", null, true, null, NOW);

        assertThrows(InvitationRejectedException.class, () -> invitation.accept(noEmail, NOW));
    }

    @Test
    void revokedInvitationCannotBeAccepted() {
        Invitation invitation = issueStaff().invitation();

        invitation.revoke();

        assertEquals(Invitation.Status.REVOKED, invitation.status());
        InvitationRejectedException e = assertThrows(InvitationRejectedException.class,
                () -> invitation.accept(person(INVITED.value(), true), NOW));
        assertEquals("invitation-used", e.code());
    }

    @Test
    void revokingAnAcceptedInvitationLeavesItAccepted() {
        Invitation invitation = issueStaff().invitation();
        invitation.accept(person(INVITED.value(), true), NOW);

        invitation.revoke();

        assertEquals(Invitation.Status.ACCEPTED, invitation.status());
    }

    @Test
    void renewingReplacesTheTokenHashAndExtendsValidity() {
        Invitation.Issued issued = issueStaff();
        Invitation invitation = issued.invitation();
        String oldHash = invitation.tokenHash();
        Instant later = NOW.plus(Duration.ofDays(6));

        InvitationToken fresh = invitation.renew(later);

        assertNotEquals(oldHash, invitation.tokenHash());
        assertEquals(InvitationToken.hashOf(fresh.value()), invitation.tokenHash());
        assertNotEquals(issued.token().value(), fresh.value());
        assertEquals(later.plus(Invitation.VALIDITY), invitation.expiresAt());
        assertEquals(Invitation.Status.PENDING, invitation.status());
    }

    @Test
    void renewedInvitationCanBeAcceptedAfterTheOriginalExpiry() {
        Invitation invitation = issueStaff().invitation();
        Instant originalExpiry = invitation.expiresAt();
        invitation.renew(NOW.plus(Duration.ofDays(6)));

        invitation.accept(person(INVITED.value(), true), originalExpiry.plusSeconds(1));

        assertEquals(Invitation.Status.ACCEPTED, invitation.status());
    }

    @Test
    void usedOrRevokedInvitationCannotBeRenewed() {
        Invitation accepted = issueStaff().invitation();
        accepted.accept(person(INVITED.value(), true), NOW);
        Invitation revoked = issueStaff().invitation();
        revoked.revoke();
        String revokedHash = revoked.tokenHash();

        assertEquals("invitation-used", assertThrows(InvitationRejectedException.class, () -> accepted.renew(NOW)).code());
        assertEquals("invitation-used", assertThrows(InvitationRejectedException.class, () -> revoked.renew(NOW)).code());
        assertEquals(revokedHash, revoked.tokenHash());
    }

    @Test
    void nobodyIsInvitedAsOwner() {
        assertThrows(IllegalArgumentException.class,
                () -> Invitation.issue(workspace, INVITED, Role.OWNER, null, owner, NOW));
    }

    @Test
    void clientInvitationNamesItsRosterEntryAndStaffInvitationDoesNot() {
        UUID clientRef = UUID.randomUUID();

        assertEquals(clientRef, Invitation.issue(workspace, INVITED, Role.CLIENT, clientRef, owner, NOW).invitation().clientRef());
        assertThrows(IllegalArgumentException.class,
                () -> Invitation.issue(workspace, INVITED, Role.CLIENT, null, owner, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> Invitation.issue(workspace, INVITED, Role.ASSISTANT, clientRef, owner, NOW));
    }

    @Test
    void eachIssueHasItsOwnToken() {
        assertNotEquals(issueStaff().invitation().tokenHash(), issueStaff().invitation().tokenHash());
        assertTrue(issueStaff().token().value().length() >= 43);
    }
}
