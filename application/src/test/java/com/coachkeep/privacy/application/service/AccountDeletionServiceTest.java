package com.coachkeep.privacy.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.privacy.application.port.in.DeleteAccountCommand;
import com.coachkeep.privacy.application.port.in.DeleteAccountUseCase.AccountDeletionView;
import com.coachkeep.privacy.application.port.in.DeleteWorkspaceCommand;
import com.coachkeep.privacy.domain.AccountOwnsWorkspacesException;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.RecentSignInRequiredException;
import com.coachkeep.shared.application.AccountDeletedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.testing.fakes.SynchronousEvent;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.testing.fakes.FakeDeletionStores;
import com.coachkeep.workspace.application.port.in.IdentifyCallerCommand;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AccountDeletionServiceTest {
    private TestApplication app;
    private final FakeDeletionStores.Keys keys = new FakeDeletionStores.Keys();
    private final FakeDeletionStores.Tombstones tombstones = new FakeDeletionStores.Tombstones();
    private final FakeDeletionStores.Deletions deletions = new FakeDeletionStores.Deletions();
    private final FakeDeletionStores.Feature roster = new FakeDeletionStores.Feature("roster", new ArrayList<>());
    private DeleteAccountService accounts;
    private WorkspaceDeletionService workspaceDeletion;
    private Actor owner;
    private Actor coach;
    private Actor client;

    @BeforeEach
    void setUp() {
        app = TestApplication.create();
        var features = FakeDeletionStores.features(List.of(roster));
        LeaveWorkspaceService clientDeletion = new LeaveWorkspaceService(app.clients, app.memberships, app.workspaces, app.people,
                tombstones, keys, features, app.mail, app.audit, app.clock);
        workspaceDeletion = new WorkspaceDeletionService(app.workspaces, app.people, deletions, tombstones, keys, features,
                app.mail, app.audit, app.clock, new SynchronousEvent<>());
        accounts = new DeleteAccountService(app.memberships, app.workspaces, app.people, clientDeletion, features, tombstones,
                app.audit, app.clock);
        Caller ownerCaller = app.signIn("Olivia Owner");
        owner = app.actor(ownerCaller, app.foundWorkspace(ownerCaller, "Summit Strength").id());
        coach = app.joinAsStaff(owner, "Carl Coach", Role.COACH);
        client = app.joinAsClient(owner, "Dana Client", coach.membershipId());
    }

    private DeleteAccountCommand confirmed() {
        return new DeleteAccountCommand(true, app.clock.instant().minusSeconds(60));
    }

    private Caller caller(Actor actor) {
        Person p = app.people.findById(actor.personId()).orElseThrow();
        return new Caller(p.id(), p.email(), p.emailVerified(), app.clock.instant().minusSeconds(60), false);
    }

    @Tag("promise:P-DEL-2")
    @Test
    void aClientDeletesTheirAccountTheirDataGoesTheirCoachIsToldAndNothingPersonalIsLeft() {
        Person before = app.people.findById(client.personId()).orElseThrow();
        var clientId = app.clients.findByPerson(client.workspaceId(), client.personId()).orElseThrow().id();

        AccountDeletionView v = accounts.delete(caller(client), confirmed());

        assertEquals(1, v.clientWorkspaces());
        assertEquals(0, v.staffWorkspaces());
        assertEquals(List.of(clientId), roster.erasedClients, "every feature erased the client's data");
        assertTrue(keys.destroyed.stream().anyMatch(s -> s.kind() == DataSubject.Kind.CLIENT));
        assertEquals(EmailTemplate.CLIENT_LEFT, app.mail.lastTo(TestApplication.emailOf("Carl Coach")).template());
        assertEquals(List.of(client.personId()), roster.erasedPeople);
        Person after = app.people.findById(client.personId()).orElseThrow();
        assertNull(after.email());
        assertNull(after.displayName());
        assertNotEquals(before.subject(), after.subject());
        assertTrue(tombstones.accounts.containsKey(client.personId()), "a tombstone outside the backups");
    }

    @Test
    void aDeletedAccountsTokensStopWorkingAtOnceAndALaterSignInStartsAnEmptyAccount() {
        Instant issued = app.clock.instant().minusSeconds(120);
        accounts.delete(caller(client), confirmed());

        assertThrows(AccountDeletedException.class, () -> app.callers.identify(new IdentifyCallerCommand(TestApplication.ISSUER,
                "Dana Client", null, false, null, issued, false, issued)));
        app.clock.advance(Duration.ofMinutes(5));
        Caller fresh = app.callers.identify(new IdentifyCallerCommand(TestApplication.ISSUER, "Dana Client", null, false, null,
                app.clock.instant(), false, app.clock.instant()));
        assertNotEquals(client.personId(), fresh.personId());
        assertTrue(app.workspaceService.me(fresh).memberships().isEmpty());
    }

    @Tag("promise:P-DEL-3")
    @Test
    void aBackupRestoredAfterTheDeletionBringsTheAccountBackOnlyUntilTheReplay() {
        Person before = app.people.findById(coach.personId()).orElseThrow();
        var membershipBefore = app.memberships.findActive(coach.workspaceId(), coach.personId()).orElseThrow();
        accounts.delete(caller(coach), confirmed());

        // what a backup taken before the deletion holds: the person as they were, their membership active
        app.people.update(before);
        app.memberships.update(membershipBefore);
        var features = FakeDeletionStores.features(List.of(roster));
        var replay = new ReplayDeletionsService(new DeletionReplaySteps(tombstones, keys, features, app.people, app.memberships),
                features);

        var report = replay.replayAll();

        assertEquals(1, report.resurrected());
        Person after = app.people.findById(coach.personId()).orElseThrow();
        assertTrue(after.deleted());
        assertNull(after.email());
        assertTrue(app.memberships.findActive(coach.workspaceId(), coach.personId()).isEmpty());
        assertThrows(AccountDeletedException.class, () -> app.signIn("Carl Coach"));
        assertEquals(0, replay.replayAll().resurrected(), "nothing comes back the second time");
    }

    @Tag("promise:P-DEL-1")
    @Test
    void aCoachsAccountEndsTheirMembershipAndTheBusinessKeepsItsData() {
        AccountDeletionView v = accounts.delete(caller(coach), confirmed());

        assertEquals(0, v.clientWorkspaces());
        assertEquals(1, v.staffWorkspaces());
        assertThrows(NotFoundException.class, () -> app.actor(caller(coach), coach.workspaceId()));
        assertTrue(roster.erasedClients.isEmpty(), "the roster stays");
        assertTrue(keys.destroyed.isEmpty());
    }

    @Test
    void anOwnerMustDeleteTheirWorkspaceFirstAndThenMay() {
        AccountOwnsWorkspacesException e = assertThrows(AccountOwnsWorkspacesException.class,
                () -> accounts.delete(caller(owner), confirmed()));
        assertTrue(e.getMessage().contains("Summit Strength"));
        assertEquals(TestApplication.emailOf("Olivia Owner"), app.people.findById(owner.personId()).orElseThrow().email().value());

        workspaceDeletion.delete(owner, new DeleteWorkspaceCommand("Summit Strength", app.clock.instant().minusSeconds(60)));
        AccountDeletionView v = accounts.delete(caller(owner), confirmed());
        assertEquals(0, v.clientWorkspaces() + v.staffWorkspaces(), "the workspace being deleted is left to its deletion job");
        assertNull(app.people.findById(owner.personId()).orElseThrow().email());
    }

    @Test
    void withoutConfirmationOrARecentSignInNothingIsDeleted() {
        assertThrows(InvalidInputException.class, () -> new DeleteAccountCommand(false, app.clock.instant()));
        assertThrows(RecentSignInRequiredException.class, () -> accounts.delete(caller(client),
                new DeleteAccountCommand(true, app.clock.instant().minus(Duration.ofMinutes(11)))));
        assertTrue(roster.erasedClients.isEmpty());
        assertFalse(app.people.findById(client.personId()).orElseThrow().email() == null);
        assertTrue(roster.erasedPeople.isEmpty());
    }
}
