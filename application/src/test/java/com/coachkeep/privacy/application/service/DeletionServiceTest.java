package com.coachkeep.privacy.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.audit.domain.AuditEvent;
import com.coachkeep.privacy.application.port.in.DeleteWorkspaceCommand;
import com.coachkeep.privacy.application.port.in.LeaveWorkspaceCommand;
import com.coachkeep.privacy.application.port.in.WorkspaceDeletionView;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.RecentSignInRequiredException;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.testing.fakes.SynchronousEvent;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.testing.fakes.FakeDeletionStores;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.WorkspaceRuleException;
import java.time.Duration;
import java.time.Instant;
import com.coachkeep.privacy.application.port.in.WorkspaceDeletionRequestedEvent;
import com.coachkeep.privacy.application.port.out.DeletionSettlementPort;
import com.coachkeep.privacy.application.port.out.ErasureFeaturesPort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DeletionServiceTest {
    private TestApplication app;
    private final FakeDeletionStores.Keys keys = new FakeDeletionStores.Keys();
    private final FakeDeletionStores.Tombstones tombstones = new FakeDeletionStores.Tombstones();
    private final FakeDeletionStores.Deletions deletions = new FakeDeletionStores.Deletions();
    private final List<String> calls = new ArrayList<>();
    private final FakeDeletionStores.Feature workspaceRows = new FakeDeletionStores.Feature("workspace", calls);
    private final FakeDeletionStores.Feature roster = new FakeDeletionStores.Feature("roster", calls);
    private final FakeDeletionStores.Feature invitations = new FakeDeletionStores.Feature("invitations", calls);
    private WorkspaceDeletionService workspaceDeletion;
    private LeaveWorkspaceService clientDeletion;

    private Caller ownerCaller;
    private Actor owner;
    private Actor coach;
    private Actor client;

    @BeforeEach
    void setUp() {
        app = TestApplication.create();
        var features = FakeDeletionStores.features(List.of(workspaceRows, roster, invitations));
        workspaceDeletion = new WorkspaceDeletionService(app.workspaces, app.people, deletions, tombstones, keys, features, app.mail,
                app.audit, app.clock, new SynchronousEvent<>());
        clientDeletion = new LeaveWorkspaceService(app.clients, app.memberships, app.workspaces, app.people, tombstones, keys,
                features, app.mail, app.audit, app.clock);
        ownerCaller = app.signIn("Olivia Owner");
        owner = app.actor(ownerCaller, app.foundWorkspace(ownerCaller, "Summit Strength").id());
        coach = app.joinAsStaff(owner, "Carl Coach", Role.COACH);
        client = app.joinAsClient(owner, "Dana Client", coach.membershipId());
    }

    private DeleteWorkspaceCommand confirmed(String name) {
        return new DeleteWorkspaceCommand(name, app.clock.instant().minusSeconds(60));
    }

    @Tag("promise:P-DEL-1")
    @Test
    void ownerDeletesTheWorkspaceWhichIsUnusableAtOnceAndErasedFeatureByFeature() {
        workspaceRows.rows.put(owner.workspaceId(), 3L);
        roster.rows.put(owner.workspaceId(), 1200L);
        invitations.rows.put(owner.workspaceId(), 2L);

        WorkspaceDeletionView v = workspaceDeletion.delete(owner, confirmed("Summit Strength"));

        assertEquals("erasing", v.state());
        assertThrows(NotFoundException.class, () -> app.actor(app.signIn("Carl Coach"), owner.workspaceId()));
        assertThrows(NotFoundException.class, () -> app.actor(ownerCaller, owner.workspaceId()));
        assertTrue(app.workspaceService.me(ownerCaller).memberships().isEmpty());
        assertTrue(keys.destroyedWorkspaces.contains(owner.workspaceId()));
        assertTrue(tombstones.find(DataSubject.workspace(owner.workspaceId())).isPresent());
        MailPort.Email mail = app.mail.lastTo(TestApplication.emailOf("Olivia Owner"));
        assertEquals(EmailTemplate.DELETION_CONFIRMATION, mail.template());
        assertEquals(null, mail.workspaceId(), "a platform email: the workspace's own outbox is erased with it");
        AuditEvent event = last(AuditEntry.PLATFORM);
        assertEquals("workspace.deleted", event.entry().action());
        assertEquals(owner.workspaceId().toString(), event.entry().targetId());

        int batches = 0;
        while (workspaceDeletion.eraseNextBatch(500)) {
            batches++;
        }
        // invitations: 1 batch + the empty one; roster: 3 + 1; workspace: 1 + 1
        assertEquals(8, batches);
        assertEquals(List.of("invitations", "invitations", "roster", "roster", "roster", "roster", "workspace", "workspace"), calls);
        WorkspaceDeletionView done = workspaceDeletion.findRequestedBy(ownerCaller, owner.workspaceId()).orElseThrow();
        assertEquals("done", done.state());
        assertEquals(1205, done.erasedRows());
        assertTrue(done.features().stream().allMatch(WorkspaceDeletionView.FeatureProgress::done));
        assertEquals("workspace.erased", last(AuditEntry.PLATFORM).entry().action());
        assertTrue(workspaceDeletion.findRequestedBy(app.signIn("Carl Coach"), owner.workspaceId()).isEmpty(),
                "only the person who asked reads the deletion");

        app.clock.advance(Duration.ofDays(31));
        assertEquals(1, workspaceDeletion.forgetFinished(Duration.ofDays(30)));
    }

    @Test
    void aWrongNameOrAStaleSignInDeletesNothing() {
        assertThrows(WorkspaceRuleException.class, () -> workspaceDeletion.delete(owner, confirmed("Summit strength")));
        assertThrows(RecentSignInRequiredException.class, () -> workspaceDeletion.delete(owner,
                new DeleteWorkspaceCommand("Summit Strength", app.clock.instant().minus(Duration.ofMinutes(11)))));
        assertThrows(RecentSignInRequiredException.class, () -> workspaceDeletion.delete(owner,
                new DeleteWorkspaceCommand("Summit Strength", null)));
        assertThrows(InvalidInputException.class, () -> new DeleteWorkspaceCommand(" ", Instant.now()));

        assertEquals(owner.workspaceId(), app.actor(ownerCaller, owner.workspaceId()).workspaceId());
        assertTrue(keys.destroyed.isEmpty());
        assertTrue(tombstones.rows.isEmpty());
        assertTrue(deletions.rows.isEmpty());
        assertFalse(workspaceDeletion.eraseNextBatch(500));
        assertEquals("none", workspaceDeletion.get(owner).state());
    }

    @Test
    void onlyTheOwnerDeletesTheWorkspace() {
        assertThrows(AccessDeniedException.class, () -> workspaceDeletion.delete(coach, confirmed("Summit Strength")));
        assertThrows(AccessDeniedException.class, () -> workspaceDeletion.delete(client, confirmed("Summit Strength")));
        assertThrows(AccessDeniedException.class, () -> workspaceDeletion.get(coach));
        assertTrue(deletions.rows.isEmpty());
    }

    @Tag("promise:P-DEL-2")
    @Test
    void aClientDeletesTheirOwnDataAndTheirCoachIsTold() {
        ClientId clientId = app.clients.findByPerson(client.workspaceId(), client.personId()).orElseThrow().id();

        clientDeletion.leave(client, new LeaveWorkspaceCommand(true, app.clock.instant()));

        assertEquals(List.of("invitations:client", "roster:client", "workspace:client"), calls);
        assertEquals(List.of(clientId), roster.erasedClients);
        DataSubject subject = DataSubject.client(client.workspaceId(), clientId);
        assertTrue(keys.destroyed.contains(subject));
        assertTrue(tombstones.find(subject).isPresent());
        MailPort.Email mail = app.mail.lastTo(TestApplication.emailOf("Carl Coach"));
        assertEquals(EmailTemplate.CLIENT_LEFT, mail.template());
        assertEquals("Dana Client", mail.model().get("clientName"));
        AuditEvent event = last(client.workspaceId());
        assertEquals("client.deleted_own_data", event.entry().action());
        assertEquals(client.personId().toString(), event.entry().actor().id());
        assertFalse(event.entry().details().toString().contains("Dana"), "no personal data in the trail");
    }

    @Test
    void aClientWithoutACoachIsReportedToTheOwner() {
        Actor unassigned = app.joinAsClient(owner, "Eve Client", null);
        clientDeletion.leave(unassigned, new LeaveWorkspaceCommand(true, app.clock.instant()));
        assertEquals(EmailTemplate.CLIENT_LEFT, app.mail.lastTo(TestApplication.emailOf("Olivia Owner")).template());
    }

    @Test
    void aClientMustConfirmRecentlyAndOnlyClientsLeaveThisWay() {
        assertThrows(InvalidInputException.class, () -> new LeaveWorkspaceCommand(false, Instant.now()));
        assertThrows(RecentSignInRequiredException.class, () -> clientDeletion.leave(client,
                new LeaveWorkspaceCommand(true, app.clock.instant().minus(Duration.ofHours(1)))));
        assertThrows(AccessDeniedException.class, () -> clientDeletion.leave(coach, new LeaveWorkspaceCommand(true, app.clock.instant())));
        assertTrue(calls.isEmpty());
        assertTrue(keys.destroyed.isEmpty());
    }

    private AuditEvent last(com.coachkeep.shared.domain.WorkspaceId workspaceId) {
        List<AuditEvent> chain = app.auditEvents.chains.get(workspaceId);
        return chain.get(chain.size() - 1);
    }

    @Test
    void whatMustBeSettledOutsideIsSettledRightAfterTheDeletionAndBeforeAnyBatchUntilItSucceeds() {
        roster.rows.put(owner.workspaceId(), 2L);
        List<String> settled = new ArrayList<>();
        boolean[] reachable = {false};
        DeletionSettlementPort stripe = new DeletionSettlementPort() {
            public String feature() {
                return "subscription";
            }

            public void settle(com.coachkeep.shared.domain.WorkspaceId w) {
                settled.add(w.toString());
                if (!reachable[0]) {
                    throw new IllegalStateException("Stripe unreachable");
                }
            }
        };
        var features = new ErasureFeaturesPort() {
            public List<PersonalDataErasurePort> inOrder() {
                return PersonalDataErasurePort.inErasureOrder(List.of(workspaceRows, roster, invitations));
            }

            public List<DeletionSettlementPort> settlements() {
                return List.of(stripe);
            }
        };
        List<WorkspaceDeletionRequestedEvent> fired = new ArrayList<>();
        WorkspaceDeletionService service = new WorkspaceDeletionService(app.workspaces, app.people, deletions, tombstones, keys, features,
                app.mail, app.audit, app.clock, new SynchronousEvent<WorkspaceDeletionRequestedEvent>().observedBy(fired::add));

        service.delete(owner, confirmed("Summit Strength"));
        assertEquals(List.of(owner.workspaceId()), fired.stream().map(WorkspaceDeletionRequestedEvent::workspaceId).toList());
        // the attempt right after the deletion fails: the deletion stands, and the job erases nothing while it fails
        assertThrows(IllegalStateException.class, () -> service.settle(owner.workspaceId()));
        assertThrows(IllegalStateException.class, () -> service.eraseNextBatch(500));
        assertTrue(calls.isEmpty(), "nothing erased before it is settled");
        assertEquals(2L, roster.rows.get(owner.workspaceId()));

        reachable[0] = true;
        while (service.eraseNextBatch(500)) {
            // settled before every batch, erased after
        }
        assertEquals("done", service.findRequestedBy(ownerCaller, owner.workspaceId()).orElseThrow().state());
        assertFalse(calls.isEmpty());
        int asked = settled.size();
        // once done, nothing is settled any more
        service.settle(owner.workspaceId());
        assertEquals(asked, settled.size());
    }
}
