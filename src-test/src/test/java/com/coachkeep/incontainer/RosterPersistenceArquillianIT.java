package com.coachkeep.incontainer;

import static com.coachkeep.incontainer.Fixtures.now;
import static com.coachkeep.incontainer.Pages.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.application.port.out.CoachNoteRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.roster.domain.ClientStatus;
import com.coachkeep.roster.domain.CoachNote;
import com.coachkeep.roster.domain.CoachNoteId;
import com.coachkeep.roster.domain.Tags;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The roster's JPA repositories (clients, coach notes) on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
public class RosterPersistenceArquillianIT {

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.war("roster-persistence-it");
    }

    @Inject
    Fixtures fixtures;
    @Inject
    ClientRepository clients;
    @Inject
    CoachNoteRepository notes;

    /** A new workspace with its owner; the owner's membership can be assigned clients. */
    private Workspace.Founded newWorkspace() {
        return fixtures.workspace(fixtures.person("owner"));
    }

    @Test
    public void clientIsStoredWithEveryFieldAndFoundByIdEmailAndPerson() {
        Workspace.Founded a = newWorkspace();
        WorkspaceId wa = a.workspace().id();
        MembershipId coach = a.ownerMembership().id();
        Client client = fixtures.client(wa, "Jamie Rivera", Fixtures.email("jamie"), null, coach, ClientStatus.PAUSED,
                Tags.of(List.of("Online", "vip")), now());

        Client found = Tx.call(() -> clients.findById(wa, client.id())).orElseThrow();
        assertEquals(client.id(), found.id());
        assertEquals(wa, found.workspaceId());
        assertEquals("Jamie Rivera", found.displayName());
        assertEquals(client.email(), found.email());
        assertNull(found.personId());
        assertEquals(coach, found.assignedCoach());
        assertEquals(Set.of("online", "vip"), found.tags().values());
        assertEquals(ClientStatus.PAUSED, found.status());
        assertEquals(client.createdAt(), found.createdAt());
        assertEquals(client.updatedAt(), found.updatedAt());
        assertEquals(client.id(), Tx.call(() -> clients.findByEmail(wa, client.email())).orElseThrow().id());

        Person joined = fixtures.person("joined");
        Tx.run(() -> {
            Client loaded = clients.findById(wa, client.id()).orElseThrow();
            loaded.linkTo(joined.id(), now());
            loaded.assignCoach(null, now());
            loaded.retag(Tags.none(), now());
            clients.update(loaded);
        });
        Client linked = Tx.call(() -> clients.findByPerson(wa, joined.id())).orElseThrow();
        assertEquals(client.id(), linked.id());
        assertEquals(joined.id(), linked.personId());
        assertNull(linked.assignedCoach());
        assertTrue(linked.tags().values().isEmpty());
        assertEquals(found.version() + 1, linked.version());
    }

    /** 55 clients, five of each name in mixed case: every page continues exactly where the last one stopped. */
    @Test
    @Tag("promise:P-ISO-3")
    public void rosterPagesByNameWithoutDuplicatesOrGaps() {
        WorkspaceId wa = newWorkspace().workspace().id();
        WorkspaceId wb = newWorkspace().workspace().id();
        List<String> names = List.of("alma", "Bruno", "carla", "Dario", "emil", "Fatima", "greta", "Hugo", "ines", "Jonas",
                "kim");
        List<Client> added = Tx.call(() -> {
            List<Client> all = new ArrayList<>();
            Instant at = now();
            for (int i = 0; i < 55; i++) {
                Client c = Client.invite(wa, names.get(i % names.size()), Fixtures.email("roster"), null, Tags.none(), at);
                clients.add(c);
                all.add(c);
            }
            return all;
        });
        fixtures.client(wb, "alma");

        // by name without regard to case, then by id (as PostgreSQL orders uuids: like their text)
        List<Object> expected = added.stream()
                .sorted(Comparator.comparing((Client c) -> c.displayName().toLowerCase(Locale.ROOT))
                        .thenComparing(c -> c.id().value().toString()))
                .map(Client::id).map(Object.class::cast).toList();
        List<Object> inDatabaseOrder = Db.in(wa).rows("select id from client where workspace_id = ? order by sort_name, id", wa.value())
                .stream().map(r -> (Object) new ClientId((UUID) r[0])).toList();
        assertEquals(expected, inDatabaseOrder);

        ClientRepository.Filter all = new ClientRepository.Filter(null, null, null);
        for (int limit : new int[] {7, 10, 55, 100}) {
            List<Object> listed = walk(cursor -> clients.list(wa, all, new PageRequest(limit, cursor)), Client::id);
            assertEquals(55, new HashSet<>(listed).size(), "no duplicates in pages of " + limit);
            assertEquals(expected, listed, "pages of " + limit);
        }
    }

    @Test
    public void aCursorThatWasNotIssuedIsRejected() {
        WorkspaceId wa = newWorkspace().workspace().id();
        ClientRepository.Filter all = new ClientRepository.Filter(null, null, null);
        assertThrows(InvalidInputException.class,
                () -> Tx.call(() -> clients.list(wa, all, new PageRequest(10, "bm90LWEtY3Vyc29y"))));
        assertThrows(InvalidInputException.class,
                () -> Tx.call(() -> notes.list(wa, ClientId.newId(), new PageRequest(10, "bm90LWEtY3Vyc29y"))));
    }

    @Test
    @Tag("promise:P-ISO-3")
    public void rosterFiltersByStatusNameAndAssignedCoach() {
        Workspace.Founded a = newWorkspace();
        WorkspaceId wa = a.workspace().id();
        MembershipId owner = a.ownerMembership().id();
        Membership coach = fixtures.member(wa, fixtures.person("coach"), Role.COACH, now());
        Client anna = client(wa, "Anna", owner, ClientStatus.ACTIVE);
        Client anton = client(wa, "anton", owner, ClientStatus.PAUSED);
        Client berta = client(wa, "Berta", coach.id(), ClientStatus.ACTIVE);
        Client bernd = client(wa, "Bernd", null, ClientStatus.ARCHIVED);
        Client carla = client(wa, "Carla", null, ClientStatus.ACTIVE);
        Workspace.Founded b = newWorkspace();
        client(b.workspace().id(), "Anna", b.ownerMembership().id(), ClientStatus.ACTIVE);

        assertEquals(ids(anna, anton, bernd, berta, carla), list(wa, null, null, null));
        assertEquals(ids(anna, berta, carla), list(wa, ClientStatus.ACTIVE, null, null));
        assertEquals(ids(anton), list(wa, ClientStatus.PAUSED, null, null));
        assertEquals(ids(bernd), list(wa, ClientStatus.ARCHIVED, null, null));
        assertEquals(ids(anna, anton), list(wa, null, "AN", null), "name search ignores case");
        assertEquals(ids(bernd, berta), list(wa, null, "er", null), "name search finds the text anywhere in the name");
        assertEquals(ids(anna, anton), list(wa, null, null, owner));
        assertEquals(ids(berta), list(wa, null, null, coach.id()));
        assertEquals(ids(anna), list(wa, ClientStatus.ACTIVE, "n", owner), "filters combine");
        assertEquals(List.of(), list(wa, ClientStatus.ARCHIVED, null, owner));
        assertEquals(List.of(), list(wa, null, null, b.ownerMembership().id()), "another workspace's coach has no clients here");
    }

    @Test
    public void likeWildcardsInTheNameSearchAreLiteral() {
        WorkspaceId wa = newWorkspace().workspace().id();
        Client percent = fixtures.client(wa, "100% Committed");
        Client noPercent = fixtures.client(wa, "100 Committed");
        Client underscore = fixtures.client(wa, "Ana_Lee");
        Client anyCharacter = fixtures.client(wa, "AnaXLee");
        Client backslash = fixtures.client(wa, "Back\\slash");
        fixtures.client(wa, "Backslash");

        assertEquals(ids(percent), list(wa, null, "%", null));
        assertEquals(ids(percent), list(wa, null, "0% c", null));
        assertEquals(ids(underscore), list(wa, null, "_", null));
        assertEquals(ids(underscore), list(wa, null, "ana_lee", null));
        assertEquals(ids(backslash), list(wa, null, "\\", null));
        assertEquals(ids(backslash), list(wa, null, "k\\s", null));
        assertEquals(List.of(), list(wa, null, "%%", null));
        // (how punctuation sorts depends on the database's collation: compare these as sets)
        assertEquals(Set.copyOf(ids(percent, noPercent)), Set.copyOf(list(wa, null, "committed", null)));
        assertEquals(Set.copyOf(ids(underscore, anyCharacter)), Set.copyOf(list(wa, null, "ana", null)));
    }

    @Test
    public void updatingAClientFromAStaleVersionIsRejectedAndChangesNothing() {
        WorkspaceId wa = newWorkspace().workspace().id();
        Client client = fixtures.client(wa, "Original Name");
        Client current = Tx.call(() -> clients.findById(wa, client.id())).orElseThrow();
        Client stale = Tx.call(() -> clients.findById(wa, client.id())).orElseThrow();

        current.rename("Renamed Client", now());
        Client updated = Tx.call(() -> clients.update(current));
        assertEquals(current.version() + 1, updated.version());
        assertEquals("Renamed Client", updated.displayName());

        stale.rename("Lost Update", now());
        stale.changeStatus(ClientStatus.ARCHIVED, now());
        StaleVersionException rejected = assertThrows(StaleVersionException.class, () -> Tx.call(() -> clients.update(stale)));
        assertEquals(updated.version(), rejected.currentVersion());
        List<Object[]> row = Db.in(wa).rows("select display_name, sort_name, status, version from client where id = ?",
                client.id().value());
        assertEquals("Renamed Client", row.get(0)[0]);
        assertEquals("renamed client", row.get(0)[1]);
        assertEquals("ACTIVE", row.get(0)[2]);
        assertEquals(updated.version(), ((Number) row.get(0)[3]).longValue());
    }

    @Test
    @Tag("promise:P-ISO-3")
    public void clientQueriesAndUpdatesNeverReachAnotherWorkspacesRows() {
        WorkspaceId wa = newWorkspace().workspace().id();
        WorkspaceId wb = newWorkspace().workspace().id();
        Person person = fixtures.person("client-person");
        Client inA = fixtures.client(wa, "Shared Email", person.email(), person.id(), null, ClientStatus.ACTIVE, Tags.none(), now());
        // The same address may be a client of both businesses: each workspace sees its own record only.
        Client inB = fixtures.client(wb, "Other Record", person.email(), null, null, ClientStatus.ACTIVE, Tags.none(), now());

        Tx.run(() -> {
            assertTrue(clients.findById(wb, inA.id()).isEmpty());
            assertTrue(clients.findByPerson(wb, person.id()).isEmpty());
            assertEquals(inB.id(), clients.findByEmail(wb, person.email()).orElseThrow().id());
            assertEquals(inA.id(), clients.findByEmail(wa, person.email()).orElseThrow().id());
            assertEquals(inA.id(), clients.findByPerson(wa, person.id()).orElseThrow().id());
        });
        assertEquals(ids(inB), list(wb, null, null, null));
        assertEquals(ids(inA), list(wa, null, null, null));

        Client foreign = new Client(inA.id(), wb, "Hijacked", inA.email(), null, null, Tags.none(), ClientStatus.ARCHIVED,
                inA.createdAt(), now(), inA.version());
        assertThrows(StaleVersionException.class, () -> Tx.call(() -> clients.update(foreign)));
        List<Object[]> row = Db.in(wa).rows("select workspace_id, display_name, status from client where id = ?", inA.id().value());
        assertEquals(1, row.size());
        assertEquals(wa.value(), row.get(0)[0]);
        assertEquals("Shared Email", row.get(0)[1]);
        assertEquals("ACTIVE", row.get(0)[2]);
    }

    /** Eight notes, two written in the same microsecond: newest first, the id breaking the tie, also across pages. */
    @Test
    public void coachNotesAreListedNewestFirstInPages() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        Client client = fixtures.client(wa, "Noted Client");
        Client otherClient = fixtures.client(wa, "Other Client");
        Instant t0 = now();
        List<CoachNote> written = Tx.call(() -> {
            List<CoachNote> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                CoachNote note = new CoachNote(CoachNoteId.newId(), wa, client.id(), owner.id(), "note " + i,
                        t0.plusMillis(Math.min(i, 6) * 1500L));
                notes.add(note);
                all.add(note);
            }
            notes.add(CoachNote.write(wa, otherClient.id(), owner.id(), "about someone else", t0.plusSeconds(60)));
            return all;
        });

        List<Object> expected = written.stream()
                .sorted(Comparator.comparing(CoachNote::createdAt).thenComparing(n -> n.id().value().toString()).reversed())
                .map(CoachNote::id).map(Object.class::cast).toList();
        for (int limit : new int[] {1, 3, 8, 100}) {
            assertEquals(expected, walk(cursor -> notes.list(wa, client.id(), new PageRequest(limit, cursor)), CoachNote::id),
                    "pages of " + limit);
        }
        CoachNote newest = Tx.call(() -> notes.list(wa, client.id(), PageRequest.first(1))).items().get(0);
        CoachNote expectedNewest = written.stream().filter(n -> n.id().equals(expected.get(0))).findFirst().orElseThrow();
        assertEquals(expectedNewest, newest, "a note reads back exactly as written");
    }

    @Test
    @Tag("promise:P-ISO-3")
    public void coachNotesAreNeverListedThroughAnotherWorkspace() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        WorkspaceId wb = fixtures.workspace(fixtures.person("owner-b")).workspace().id();
        Client client = fixtures.client(wa, "Private Client");
        CoachNote note = CoachNote.write(wa, client.id(), owner.id(), "confidential", now());
        Tx.run(() -> notes.add(note));

        assertEquals(List.of(note.id()), Tx.call(() -> notes.list(wa, client.id(), PageRequest.first(10))).items().stream()
                .map(CoachNote::id).toList());
        assertTrue(Tx.call(() -> notes.list(wb, client.id(), PageRequest.first(10))).items().isEmpty());
    }

    private Client client(WorkspaceId workspace, String name, MembershipId coach, ClientStatus status) {
        return fixtures.client(workspace, name, Fixtures.email("client"), null, coach, status, Tags.none(), now());
    }

    /** Every client the filter lets through (all pages), in list order. */
    private List<Object> list(WorkspaceId workspace, ClientStatus status, String search, MembershipId assignedTo) {
        ClientRepository.Filter filter = new ClientRepository.Filter(status, search, assignedTo);
        return walk(cursor -> clients.list(workspace, filter, new PageRequest(2, cursor)), Client::id);
    }

    private static List<Object> ids(Client... clients) {
        return java.util.Arrays.stream(clients).map(Client::id).map(Object.class::cast).toList();
    }
}
