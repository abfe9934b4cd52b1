package com.coachkeep.workspace.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.workspace.application.port.in.IdentifyCallerCommand;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdentityServiceTest {
    private final TestApplication app = TestApplication.create();

    private Caller identify(String subject, String email, boolean verified, String displayName) {
        return app.callers.identify(new IdentifyCallerCommand(TestApplication.ISSUER, subject,
                IdentifyCallerCommand.emailOrNull(email), verified, displayName, Instant.parse("2026-03-02T07:59:00Z"), true));
    }

    @Test
    void firstCallProvisionsThePersonFromTheToken() {
        Caller caller = identify("sub-anna", "Anna@Example.com", true, "Anna");

        assertEquals(1, app.people.all().size());
        Person stored = app.people.all().get(0);
        assertEquals(caller.personId(), stored.id());
        assertEquals(TestApplication.ISSUER, stored.issuer());
        assertEquals("sub-anna", stored.subject());
        assertEquals(new EmailAddress("anna@example.com"), stored.email());
        assertTrue(stored.emailVerified());
        assertEquals("Anna", stored.displayName());
        assertEquals(TestApplication.START, stored.createdAt());
        assertEquals(new EmailAddress("anna@example.com"), caller.email());
        assertTrue(caller.emailVerified());
    }

    @Test
    void callerCarriesSignInTimeAndMultiFactorFromTheToken() {
        Caller caller = identify("sub-anna", "anna@example.com", true, null);

        assertEquals(Instant.parse("2026-03-02T07:59:00Z"), caller.authTime());
        assertTrue(caller.multiFactor());
    }

    @Test
    void laterCallsFindTheSamePerson() {
        Caller first = identify("sub-anna", "anna@example.com", true, "Anna");
        Caller second = identify("sub-anna", "anna@example.com", true, "Anna");

        assertEquals(first.personId(), second.personId());
        assertEquals(1, app.people.all().size());
    }

    @Test
    void sameSubjectOfAnotherIssuerIsAnotherPerson() {
        Caller ours = identify("sub-anna", "anna@example.com", true, null);
        Caller theirs = app.callers.identify(new IdentifyCallerCommand("https://other-idp.test", "sub-anna",
                new EmailAddress("anna@example.com"), true, null, null, false));

        assertNotEquals(ours.personId(), theirs.personId());
        assertEquals(2, app.people.all().size());
    }

    @Test
    void emailChangedAtTheProviderIsRefreshed() {
        Caller before = identify("sub-anna", "anna@example.com", true, "Anna");

        Caller after = identify("sub-anna", "anna.berg@example.com", false, null);

        assertEquals(before.personId(), after.personId());
        assertEquals(new EmailAddress("anna.berg@example.com"), after.email());
        assertFalse(after.emailVerified());
        Person stored = app.people.findById(before.personId()).orElseThrow();
        assertEquals(new EmailAddress("anna.berg@example.com"), stored.email());
        assertFalse(stored.emailVerified());
        assertEquals("Anna", stored.displayName());
    }

    @Test
    void malformedEmailInTheTokenIsTreatedAsAbsent() {
        Caller caller = identify("sub-anna", "not-an-email", true, null);

        assertNull(caller.email());
        assertNull(app.people.findById(caller.personId()).orElseThrow().email());
    }

    @Test
    void tokenWithoutSubjectIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new IdentifyCallerCommand(
                TestApplication.ISSUER, " ", null, false, null, null, false));

        assertEquals("sub", e.violations().get(0).field());
    }

    @Test
    void memberResolvesToTheirRoleAndItsPermissions() {
        Caller anna = app.signIn("Anna");
        WorkspaceId workspace = app.foundWorkspace(anna, "Iron Temple").id();

        Actor actor = app.identity.resolve(anna, workspace);

        assertEquals(anna.personId(), actor.personId());
        assertEquals(workspace, actor.workspaceId());
        assertEquals("owner", actor.roleName());
        assertTrue(actor.staff());
        assertEquals(Role.OWNER.permissions(), actor.permissions());
        assertEquals(app.memberships.findActive(workspace, anna.personId()).orElseThrow().id(), actor.membershipId());
    }

    @Test
    void personWhoIsNotAMemberIsToldTheWorkspaceDoesNotExist() {
        Caller anna = app.signIn("Anna");
        WorkspaceId workspace = app.foundWorkspace(anna, "Iron Temple").id();
        Caller stranger = app.signIn("Stranger");

        NotFoundException e = assertThrows(NotFoundException.class, () -> app.identity.resolve(stranger, workspace));

        assertEquals("workspace", e.resource());
    }

    @Test
    void unknownWorkspaceIsNotFound() {
        Caller anna = app.signIn("Anna");

        assertThrows(NotFoundException.class, () -> app.identity.resolve(anna, WorkspaceId.newId()));
    }

    @Test
    void removedMemberIsNotFound() {
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        Caller carl = app.signIn("Carl");

        app.staffMembers.remove(owner, coach.membershipId());

        assertThrows(NotFoundException.class, () -> app.identity.resolve(carl, owner.workspaceId()));
    }

    @Test
    void clientResolvesAsNonStaffWithSelfAccessOnly() {
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");

        Actor client = app.joinAsClient(owner, "Ben", null);

        assertEquals("client", client.roleName());
        assertFalse(client.staff());
        assertTrue(client.has(Permission.SELF_READ));
        assertFalse(client.has(Permission.CLIENTS_READ_ASSIGNED));
    }
}
