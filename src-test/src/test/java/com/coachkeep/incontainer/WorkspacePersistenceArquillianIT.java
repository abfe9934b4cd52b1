package com.coachkeep.incontainer;

import static com.coachkeep.incontainer.Fixtures.now;
import static com.coachkeep.incontainer.Pages.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.roster.domain.Client;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.InvitationRepository;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.InvitationToken;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The workspace context's JPA repositories (people, workspaces, memberships, invitations) on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
public class WorkspacePersistenceArquillianIT {

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.war("workspace-persistence-it");
    }

    @Inject
    Fixtures fixtures;
    @Inject
    PersonRepository people;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    MembershipRepository memberships;
    @Inject
    InvitationRepository invitations;

    // --- people ---

    @Test
    public void personIsFoundByIssuerAndSubjectAndByIdWithEveryField() {
        Person withEmail = fixtures.person("round-trip");
        Person withoutEmail = Tx.call(() -> people.addOrGet(
                new Person(PersonId.newId(), Fixtures.ISSUER, UUID.randomUUID().toString(), null, false, null, now())));

        for (Person expected : List.of(withEmail, withoutEmail)) {
            Person bySubject = Tx.call(() -> people.findByIssuerAndSubject(expected.issuer(), expected.subject())).orElseThrow();
            Person byId = Tx.call(() -> people.findById(expected.id())).orElseThrow();
            for (Person found : List.of(bySubject, byId)) {
                assertEquals(expected.id(), found.id());
                assertEquals(expected.issuer(), found.issuer());
                assertEquals(expected.subject(), found.subject());
                assertEquals(expected.email(), found.email());
                assertEquals(expected.emailVerified(), found.emailVerified());
                assertEquals(expected.displayName(), found.displayName());
                assertEquals(expected.createdAt(), found.createdAt());
            }
        }
        assertTrue(Tx.call(() -> people.findByIssuerAndSubject("https://another-issuer.test", withEmail.subject())).isEmpty(),
                "the same subject at another issuer is another person");
        assertTrue(Tx.call(() -> people.findById(PersonId.newId())).isEmpty());
    }

    @Test
    public void addingTheSamePersonTwiceKeepsTheFirstRow() {
        String subject = UUID.randomUUID().toString();
        Person first = Person.provision(Fixtures.ISSUER, subject, Fixtures.email("first"), true, "First", now());
        Person second = Person.provision(Fixtures.ISSUER, subject, Fixtures.email("second"), false, "Second", now());

        Person storedFirst = Tx.call(() -> people.addOrGet(first));
        Person storedSecond = Tx.call(() -> people.addOrGet(second));

        assertEquals(first.id(), storedFirst.id());
        assertEquals(first.id(), storedSecond.id(), "the second add returns the person stored first");
        assertEquals(first.email(), storedSecond.email());
        assertEquals(1, Db.count("select count(*) from person where issuer = ? and subject = ?", Fixtures.ISSUER, subject));
    }

    /**
     * Two first requests of one person race: the second insert waits on the first transaction's uncommitted row
     * (checked in pg_stat_activity), and once that commits it neither fails nor inserts a second row.
     */
    @Test
    public void simultaneousFirstSignInsOfOnePersonStoreOneRow() throws Exception {
        String subject = UUID.randomUUID().toString();
        Person first = Person.provision(Fixtures.ISSUER, subject, Fixtures.email("racer"), true, "First", now());
        Person second = Person.provision(Fixtures.ISSUER, subject, Fixtures.email("racer"), true, "Second", now());
        Tx tx = Tx.lookup();
        ExecutorService otherRequest = Executors.newSingleThreadExecutor();
        try {
            List<Future<Person>> secondResult = new ArrayList<>();
            Person firstResult = tx.inTransaction(() -> {
                Person stored = people.addOrGet(first);
                secondResult.add(otherRequest.submit(() -> tx.inTransaction(() -> people.addOrGet(second))));
                awaitInsertBlockedOnLock(secondResult.get(0));
                return stored;
            });
            Person secondStored = secondResult.get(0).get(30, TimeUnit.SECONDS);

            assertEquals(first.id(), firstResult.id());
            assertEquals(first.id(), secondStored.id(), "the second request gets the person the first one stored");
            assertEquals(1, Db.count("select count(*) from person where issuer = ? and subject = ?", Fixtures.ISSUER, subject));
        } finally {
            otherRequest.shutdownNow();
        }
    }

    private static void awaitInsertBlockedOnLock(Future<Person> second) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (second.isDone()) {
                throw new AssertionError("the second insert did not wait for the first transaction: " + second.get());
            }
            if (Db.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                    + "and lower(query) like 'insert into person %'") > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second insert never waited for the first transaction");
    }

    @Test
    public void changesToAPersonAreStored() {
        Person person = fixtures.person("changing");
        EmailAddress newEmail = Fixtures.email("changed");
        Tx.run(() -> {
            Person loaded = people.findById(person.id()).orElseThrow();
            assertTrue(loaded.refresh(newEmail, false, "Changed Name"));
            people.update(loaded);
        });
        Person reloaded = Tx.call(() -> people.findById(person.id())).orElseThrow();
        assertEquals(newEmail, reloaded.email());
        assertEquals(false, reloaded.emailVerified());
        assertEquals("Changed Name", reloaded.displayName());
        assertEquals(person.subject(), reloaded.subject());
    }

    @Test
    public void findAllByIdReturnsExactlyTheKnownPeopleAsked() {
        Person a = fixtures.person("a");
        Person b = fixtures.person("b");
        Person notAsked = fixtures.person("not-asked");
        PersonId unknown = PersonId.newId();

        Map<PersonId, Person> found = Tx.call(() -> people.findAllById(List.of(a.id(), b.id(), a.id(), unknown)));

        assertEquals(Set.of(a.id(), b.id()), found.keySet());
        assertEquals(b.email(), found.get(b.id()).email());
        assertTrue(!found.containsKey(notAsked.id()));
        assertTrue(Tx.call(() -> people.findAllById(List.of())).isEmpty());
    }

    // --- workspaces ---

    @Test
    public void workspaceIsStoredWithItsSettingsAndOwner() {
        Person owner = fixtures.person("owner");
        Workspace created = fixtures.workspace(owner).workspace();
        Workspace other = fixtures.workspace(fixtures.person("other-owner")).workspace();

        Workspace found = Tx.call(() -> workspaces.findById(created.id())).orElseThrow();
        assertEquals(created.settings(), found.settings());
        assertEquals(owner.id(), found.ownerId());
        assertEquals(created.createdAt(), found.createdAt());
        assertEquals(created.updatedAt(), found.updatedAt());

        List<Workspace> both = Tx.call(() -> workspaces.findAllById(List.of(created.id(), other.id(), WorkspaceId.newId())));
        assertEquals(Set.of(created.id(), other.id()), Set.copyOf(both.stream().map(Workspace::id).toList()));
        assertTrue(Tx.call(() -> workspaces.findById(WorkspaceId.newId())).isEmpty());
        assertTrue(Tx.call(() -> workspaces.findAllById(List.of())).isEmpty());
    }

    @Test
    public void updatingAWorkspaceFromAStaleVersionIsRejectedAndChangesNothing() {
        WorkspaceId id = fixtures.workspace(fixtures.person("owner")).workspace().id();
        Workspace current = Tx.call(() -> workspaces.findById(id)).orElseThrow();
        Workspace stale = Tx.call(() -> workspaces.findById(id)).orElseThrow();

        current.changeSettings(Fixtures.settings("Renamed"), now());
        Workspace updated = Tx.call(() -> workspaces.update(current));
        assertEquals(current.version() + 1, updated.version());
        assertEquals("Renamed", updated.settings().name());

        stale.changeSettings(Fixtures.settings("Lost update"), now());
        StaleVersionException rejected = assertThrows(StaleVersionException.class, () -> Tx.call(() -> workspaces.update(stale)));
        assertEquals(updated.version(), rejected.currentVersion());
        List<Object[]> row = Db.in(id).rows("select name, version from workspace where id = ?", id.value());
        assertEquals("Renamed", row.get(0)[0]);
        assertEquals(updated.version(), ((Number) row.get(0)[1]).longValue());
    }

    // --- memberships ---

    @Test
    @Tag("promise:P-ISO-3")
    public void membershipLookupsStayInTheirWorkspace() {
        Person ownerA = fixtures.person("owner-a");
        Workspace.Founded a = fixtures.workspace(ownerA);
        Workspace.Founded b = fixtures.workspace(fixtures.person("owner-b"));
        Person coach = fixtures.person("coach");
        Membership coachInA = fixtures.member(a.workspace().id(), coach, Role.COACH, now());
        WorkspaceId wa = a.workspace().id();
        WorkspaceId wb = b.workspace().id();

        Tx.run(() -> {
            Membership active = memberships.findActive(wa, coach.id()).orElseThrow();
            assertEquals(coachInA.id(), active.id());
            assertEquals(Role.COACH, active.role());
            assertEquals(coachInA.createdAt(), active.createdAt());
            assertTrue(memberships.findActive(wb, coach.id()).isEmpty());
            assertTrue(memberships.findById(wa, coachInA.id()).isPresent());
            assertTrue(memberships.findById(wb, coachInA.id()).isEmpty());
            assertEquals(coachInA.id(), memberships.findActiveByEmail(wa, coach.email()).orElseThrow().id());
            assertTrue(memberships.findActiveByEmail(wb, coach.email()).isEmpty());
            assertEquals(List.of(coachInA.id()), memberships.findActiveOfPerson(coach.id()).stream().map(Membership::id).toList());
            assertEquals(List.of(a.ownerMembership().id()),
                    memberships.findActiveOfPerson(ownerA.id()).stream().map(Membership::id).toList());
        });

        // Changing a membership through another workspace fails and leaves the row as it was.
        Membership foreign = new Membership(coachInA.id(), wb, coach.id(), Role.ASSISTANT, Membership.Status.ACTIVE,
                coachInA.createdAt(), null);
        assertThrows(IllegalStateException.class, () -> Tx.run(() -> memberships.update(foreign)));
        assertEquals("COACH", Db.in(wa).single("select role from membership where id = ?", coachInA.id().value()));
    }

    @Test
    public void removedMembershipIsNoLongerActive() {
        Workspace.Founded a = fixtures.workspace(fixtures.person("owner"));
        WorkspaceId wa = a.workspace().id();
        Person coach = fixtures.person("coach");
        Membership membership = fixtures.member(wa, coach, Role.COACH, now());
        Instant removedAt = now();

        Tx.run(() -> {
            Membership loaded = memberships.findById(wa, membership.id()).orElseThrow();
            loaded.remove(removedAt);
            memberships.update(loaded);
        });

        Tx.run(() -> {
            assertTrue(memberships.findActive(wa, coach.id()).isEmpty());
            assertTrue(memberships.findActiveByEmail(wa, coach.email()).isEmpty());
            assertTrue(memberships.findActiveOfPerson(coach.id()).isEmpty());
            Membership removed = memberships.findById(wa, membership.id()).orElseThrow();
            assertEquals(Membership.Status.REMOVED, removed.status());
            assertEquals(removedAt, removed.removedAt());
        });
        // A removed member may join again: only one active membership per person and workspace is unique.
        Membership again = fixtures.member(wa, coach, Role.ASSISTANT, now());
        assertEquals(again.id(), Tx.call(() -> memberships.findActive(wa, coach.id())).orElseThrow().id());
    }

    @Test
    @Tag("promise:P-ISO-3")
    public void staffListIsOldestFirstInPagesWithoutClientsRemovedMembersOrOtherWorkspaces() {
        Person owner = fixtures.person("owner");
        Workspace.Founded a = fixtures.workspace(owner);
        WorkspaceId wa = a.workspace().id();
        Instant t0 = a.ownerMembership().createdAt();
        Person coach = fixtures.person("coach");
        Membership coach1 = fixtures.member(wa, coach, Role.COACH, t0.plusSeconds(1));
        // Two staff members joined in the same microsecond: the id decides their order, also across pages.
        Membership assistant = fixtures.member(wa, fixtures.person("assistant"), Role.ASSISTANT, t0.plusSeconds(2));
        Membership coach2 = fixtures.member(wa, fixtures.person("coach2"), Role.COACH, t0.plusSeconds(2));
        fixtures.member(wa, fixtures.person("client"), Role.CLIENT, t0.plusSeconds(3));
        Membership leaver = fixtures.member(wa, fixtures.person("leaver"), Role.COACH, t0.plusSeconds(4));
        Tx.run(() -> {
            Membership loaded = memberships.findById(wa, leaver.id()).orElseThrow();
            loaded.remove(now());
            memberships.update(loaded);
        });
        Workspace.Founded b = fixtures.workspace(fixtures.person("owner-b"));
        fixtures.member(b.workspace().id(), coach, Role.COACH, t0.plusSeconds(1));

        List<Membership> sameTime = new ArrayList<>(List.of(assistant, coach2));
        sameTime.sort(Comparator.comparing(m -> m.id().value().toString()));
        List<Object> expected = new ArrayList<>(List.of(a.ownerMembership().id(), coach1.id()));
        sameTime.forEach(m -> expected.add(m.id()));

        for (int limit : new int[] {1, 2, 3, 100}) {
            List<Object> listed = walk(cursor -> memberships.listActiveStaff(wa, new PageRequest(limit, cursor)), Membership::id);
            assertEquals(expected, listed, "pages of " + limit);
        }
    }

    // --- invitations ---

    @Test
    public void invitationIsFoundByTheHashOfItsTokenWithEveryField() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        EmailAddress email = Fixtures.email("invitee");
        Instant at = now();
        Invitation.Issued issued = fixtures.invitation(wa, email, Role.COACH, null, owner.id(), at);

        Invitation found = Tx.call(() -> invitations.findByTokenHash(issued.token().hash())).orElseThrow();
        assertEquals(issued.invitation().id(), found.id());
        assertEquals(wa, found.workspaceId());
        assertEquals(email, found.email());
        assertEquals(Role.COACH, found.role());
        assertEquals(issued.token().hash(), found.tokenHash());
        assertNull(found.clientRef());
        assertEquals(owner.id(), found.invitedBy());
        assertEquals(at, found.createdAt());
        assertEquals(at.plus(Invitation.VALIDITY), found.expiresAt());
        assertEquals(Invitation.Status.PENDING, found.status());
        assertNull(found.acceptedBy());
        assertNull(found.acceptedAt());
        assertTrue(Tx.call(() -> invitations.findByTokenHash(InvitationToken.generate().hash())).isEmpty());
    }

    @Test
    public void clientInvitationKeepsTheRosterEntryItIsFor() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        Client client = fixtures.client(wa, "Invited Client");
        Invitation.Issued issued = fixtures.invitation(wa, client.email(), Role.CLIENT, client.id().value(), owner.id(), now());

        Invitation found = Tx.call(() -> invitations.findById(wa, issued.invitation().id())).orElseThrow();
        assertEquals(client.id().value(), found.clientRef());
        assertEquals(Role.CLIENT, found.role());
    }

    @Test
    @Tag("promise:P-ISO-3")
    public void pendingInvitationIsFoundOnlyInItsWorkspaceAndOnlyWhilePending() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        WorkspaceId wb = fixtures.workspace(fixtures.person("owner-b")).workspace().id();
        Person invitee = fixtures.person("invitee");
        Invitation.Issued issued = fixtures.invitation(wa, invitee.email(), Role.ASSISTANT, null, owner.id(), now());
        Invitation.Issued toRevoke = fixtures.invitation(wa, Fixtures.email("revoked"), Role.COACH, null, owner.id(), now());

        Tx.run(() -> {
            assertEquals(issued.invitation().id(), invitations.findPendingByEmail(wa, invitee.email()).orElseThrow().id());
            assertTrue(invitations.findPendingByEmail(wb, invitee.email()).isEmpty());
            assertTrue(invitations.findById(wb, issued.invitation().id()).isEmpty());
        });

        // Changing an invitation through another workspace fails and leaves the row as it was.
        Invitation original = issued.invitation();
        Invitation foreign = new Invitation(original.id(), wb, original.email(), original.role(), original.tokenHash(), null,
                original.invitedBy(), original.createdAt(), original.expiresAt(), Invitation.Status.REVOKED, null, null);
        assertThrows(IllegalStateException.class, () -> Tx.run(() -> invitations.update(foreign)));
        assertEquals("PENDING", Db.in(wa).single("select status from invitation where id = ?", original.id().value()));

        Instant acceptedAt = now();
        Tx.run(() -> {
            Invitation loaded = invitations.findById(wa, original.id()).orElseThrow();
            loaded.accept(invitee, acceptedAt);
            invitations.update(loaded);
            Invitation revoked = invitations.findById(wa, toRevoke.invitation().id()).orElseThrow();
            revoked.revoke();
            invitations.update(revoked);
        });

        Tx.run(() -> {
            assertTrue(invitations.findPendingByEmail(wa, invitee.email()).isEmpty());
            assertTrue(invitations.findPendingByEmail(wa, toRevoke.invitation().email()).isEmpty());
            Invitation accepted = invitations.findByTokenHash(issued.token().hash()).orElseThrow();
            assertEquals(Invitation.Status.ACCEPTED, accepted.status());
            assertEquals(invitee.id(), accepted.acceptedBy());
            assertEquals(acceptedAt, accepted.acceptedAt());
            assertEquals(Invitation.Status.REVOKED, invitations.findById(wa, toRevoke.invitation().id()).orElseThrow().status());
        });
    }

    @Test
    @Tag("promise:P-ISO-3")
    public void pendingInvitationsAreListedNewestFirstInPages() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        WorkspaceId wb = fixtures.workspace(fixtures.person("owner-b")).workspace().id();
        Instant t0 = now();
        List<Invitation> pending = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // the last two share their creation time: the id decides, also across pages
            Instant at = t0.plusSeconds(Math.min(i, 3));
            pending.add(fixtures.invitation(wa, Fixtures.email("pending"), Role.COACH, null, owner.id(), at).invitation());
        }
        Invitation.Issued revoked = fixtures.invitation(wa, Fixtures.email("revoked"), Role.COACH, null, owner.id(), t0.plusSeconds(9));
        Tx.run(() -> {
            Invitation loaded = invitations.findById(wa, revoked.invitation().id()).orElseThrow();
            loaded.revoke();
            invitations.update(loaded);
        });
        fixtures.invitation(wb, Fixtures.email("other-workspace"), Role.COACH, null, owner.id(), t0.plusSeconds(5));

        List<Object> expected = pending.stream()
                .sorted(Comparator.comparing(Invitation::createdAt).thenComparing(i -> i.id().value().toString()).reversed())
                .map(Invitation::id).map(Object.class::cast).toList();
        for (int limit : new int[] {1, 2, 5, 100}) {
            assertEquals(expected, walk(cursor -> invitations.listPending(wa, new PageRequest(limit, cursor)), Invitation::id),
                    "pages of " + limit);
        }
    }
}
