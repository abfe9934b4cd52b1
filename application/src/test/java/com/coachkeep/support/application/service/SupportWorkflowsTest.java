package com.coachkeep.support.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.audit.domain.AuditEvent;
import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.RequestSupportGrantCommand;
import com.coachkeep.support.application.port.in.SupportAccessDeniedException;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.SupportContentView;
import com.coachkeep.support.application.port.in.SupportGrantView;
import com.coachkeep.support.application.port.in.SupportMultiFactorRequiredException;
import com.coachkeep.support.application.port.in.WorkspaceLookupQuery;
import com.coachkeep.support.application.port.in.WorkspaceSummary;
import com.coachkeep.support.application.port.out.ContactsPort;
import com.coachkeep.support.application.port.out.SupportContentPort;
import com.coachkeep.support.domain.GrantScope;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.support.domain.SupportGrantRuleException;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.testing.fakes.FakeSupportGrantRepository;
import com.coachkeep.testing.fakes.FakeWorkspaceDirectory;
import com.coachkeep.workspace.application.port.in.EmailBranding;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.WorkspaceRuleException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-INT-1")
@Tag("promise:P-INT-2")
class SupportWorkflowsTest {
    final TestApplication app = TestApplication.create();
    final FakeSupportGrantRepository grants = new FakeSupportGrantRepository();
    final FakeWorkspaceDirectory directory = new FakeWorkspaceDirectory(app.workspaces, app.memberships, app.clients, app.people);
    final ContactsPort contacts = new ContactsPort() {
        @Override
        public Optional<OwnerContact> owner(WorkspaceId w) {
            return app.workspaces.findById(w).flatMap(ws -> app.people.findById(ws.ownerId()).map(p -> new OwnerContact(
                    new MailPort.Recipient(p.email(), p.displayName(), p.id()), EmailBranding.of(ws.settings()), ws.settings().locale())));
        }

        @Override
        public String securityMailbox() {
            return "security@coachkeep.test";
        }
    };
    /** The roster's two scopes as the roster contributes them, over the in-memory stores. */
    final GrantScopes scopes = GrantScopes.of(List.of(new TestContent(GrantScope.of("roster", false), "clients") {
        @Override
        List<String> cells(WorkspaceId w, ClientId c) {
            return List.of(app.clients.findById(w, c).orElseThrow().displayName());
        }
    }, new TestContent(new GrantScope("coach-notes", true, Set.of("roster")), "coach_notes") {
        @Override
        List<String> cells(WorkspaceId w, ClientId c) {
            return app.notes.list(w, c, PageRequest.first(10)).items().stream().map(n -> n.body()).toList();
        }
    }));
    final SupportGrantService grantService = new SupportGrantService(grants, directory, contacts, app.mail, app.audit, app.clock, scopes);
    final ViewWorkspaceContentService content = new ViewWorkspaceContentService(new GrantedAccess(grants, app.audit, app.clock), scopes);
    final LookUpWorkspacesService lookup = new LookUpWorkspacesService(directory, app.audit);
    final SuspendWorkspaceService suspension = new SuspendWorkspaceService(app.workspaces, directory, app.audit, app.clock);

    final SupportActor agent = new SupportActor("agent-ana", InternalRole.SUPPORT_AGENT, true);
    final SupportActor otherAgent = new SupportActor("agent-bo", InternalRole.SUPPORT_AGENT, true);
    final SupportActor officer = new SupportActor("officer-olu", InternalRole.SECURITY_OFFICER, true);
    final SupportActor admin = new SupportActor("admin-ada", InternalRole.ADMIN, true);

    final Actor owner = app.ownerOfNewWorkspace("Olga Owner", "Summit Strength");
    final WorkspaceId workspace = owner.workspaceId();
    final ClientView client;

    SupportWorkflowsTest() {
        directory.know(workspace);
        client = app.addClient(owner, "Cora Client", null);
        app.coachNotes.addNote(owner, client.id(), "knee hurts after squats");
    }

    /** A scope whose rows are the cells a test reads of one client; its list is the workspace's clients. */
    abstract static class TestContent implements SupportContentPort {
        final GrantScope scope;
        final String viewed;

        TestContent(GrantScope scope, String viewed) {
            this.scope = scope;
            this.viewed = viewed;
        }

        abstract List<String> cells(WorkspaceId w, ClientId c);

        @Override
        public GrantScope scope() {
            return scope;
        }

        @Override
        public String label() {
            return scope.name();
        }

        @Override
        public SupportContentView read(WorkspaceId w, String item, PageRequest page) {
            if (item == null) {
                return new SupportContentView(viewed, "workspace", w.toString(), List.of("client"), List.of(new SupportContentView.Row("-",
                        List.of("all"))), null);
            }
            ClientId c = ClientId.parse(item);
            return new SupportContentView(viewed.equals("clients") ? "client" : viewed, "client", c.toString(), List.of("cell"),
                    cells(w, c).stream().map(cell -> new SupportContentView.Row(c.toString(), List.of(cell))).toList(), null);
        }
    }

    SupportContentView listClients(SupportActor actor, String grantId) {
        return content.view(actor, grantId, "roster", null, PageRequest.first(10));
    }

    String getClient(SupportActor actor, String grantId, ClientId clientId) {
        return content.view(actor, grantId, "roster", clientId.toString(), PageRequest.first(10)).rows().get(0).cells().get(0);
    }

    List<String> listCoachNotes(SupportActor actor, String grantId, ClientId clientId) {
        return content.view(actor, grantId, "coach-notes", clientId.toString(), PageRequest.first(10)).rows().stream()
                .map(r -> r.cells().get(0)).toList();
    }

    RequestSupportGrantCommand command(String scope, Integer minutes) {
        return RequestSupportGrantCommand.of(workspace.value().toString(), scope, "owner cannot see a client's profile", "SUP-1234", minutes);
    }

    List<AuditEvent> workspaceTrail() {
        return app.auditEvents.chains.get(workspace);
    }

    AuditEvent lastInWorkspace() {
        List<AuditEvent> chain = workspaceTrail();
        return chain.get(chain.size() - 1);
    }

    @Test
    void lookUpShowsMetadataOnlyAndIsAuditedWithoutTheSearchedText() {
        WorkspaceSummary found = lookup.lookUp(agent, WorkspaceLookupQuery.of("summit", PageRequest.first(10))).items().get(0);
        assertEquals("Summit Strength", found.name());
        assertEquals(WorkspaceSummary.ACTIVE, found.status());
        assertEquals(1, found.staffCount());
        assertEquals(1, found.clientCount());
        assertEquals(TestApplication.emailOf("Olga Owner"), found.ownerEmail());
        assertNull(found.plan(), "plans come with payments");
        assertEquals(found, lookup.lookUp(agent, WorkspaceLookupQuery.of(TestApplication.emailOf("Olga Owner").toUpperCase(),
                PageRequest.first(10))).items().get(0));
        assertEquals(found, lookup.get(admin, workspace.value().toString()));
        var platform = app.auditEvents.chains.get(com.coachkeep.audit.domain.AuditEntry.PLATFORM);
        var last = platform.get(platform.size() - 1).entry();
        assertEquals("workspace.looked_up", last.action());
        assertFalse(platform.stream().anyMatch(e -> e.entry().details().containsValue(TestApplication.emailOf("Olga Owner").toUpperCase())),
                "the searched email is not kept in the platform trail");
        assertThrows(InvalidInputException.class, () -> WorkspaceLookupQuery.of("s", PageRequest.first(10)));
        assertThrows(InvalidInputException.class, () -> WorkspaceLookupQuery.of("summit", PageRequest.first(51)));
    }

    @Test
    void aRosterGrantStartsAtOnceEmailsTheOwnerAndLandsInTheWorkspacesTrail() {
        SupportGrantView g = grantService.request(agent, command("roster", 30));
        assertEquals("active", g.status());
        assertEquals(app.clock.instant().plus(Duration.ofMinutes(30)), g.endsAt());
        MailPort.Email email = app.mail.lastTo(TestApplication.emailOf("Olga Owner"));
        assertEquals(EmailTemplate.SUPPORT_ACCESS_NOTICE, email.template());
        assertEquals("support-access:" + g.id(), email.idempotencyKey());
        assertEquals("SUP-1234", email.model().get("ticket"));
        var granted = lastInWorkspace().entry();
        assertEquals("support.access_granted", granted.action());
        assertEquals("agent-ana", granted.actor().id());
        assertEquals("owner cannot see a client's profile", granted.reason());
    }

    @Test
    void requestingNeedsThePermissionASecondFactorAReasonATicketAndAtMostAnHour() {
        assertThrows(SupportAccessDeniedException.class, () -> grantService.request(admin, command("roster", 10)));
        assertThrows(SupportMultiFactorRequiredException.class,
                () -> grantService.request(new SupportActor("agent-ana", InternalRole.SUPPORT_AGENT, false), command("roster", 10)));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RequestSupportGrantCommand.of(workspace.value().toString(), "every thing!", " ", "", 61));
        assertEquals(List.of("scope", "reason", "ticket", "minutes"), e.violations().stream().map(v -> v.field()).toList());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> grantService.request(agent, command("everything", 10)),
                "a scope no feature contributes");
        assertEquals("scope", unknown.violations().get(0).field());
        assertEquals("must be one of roster, coach-notes", unknown.violations().get(0).message());
        assertThrows(NotFoundException.class, () -> grantService.request(agent, RequestSupportGrantCommand.of(
                new WorkspaceId(java.util.UUID.randomUUID()).value().toString(), "roster", "why", "SUP-1", 10)));
        assertTrue(grants.listRequestedBy("agent-ana", 10).isEmpty());
    }

    @Test
    void everyViewUnderTheGrantIsCountedAndAuditedInTheWorkspace() {
        SupportGrantView g = grantService.request(agent, command("roster", 15));
        assertEquals(1, listClients(agent, g.id()).rows().size());
        assertEquals("Cora Client", getClient(agent, g.id(), client.id()));
        var viewed = lastInWorkspace().entry();
        assertEquals("support.content_viewed", viewed.action());
        assertEquals("client", viewed.details().get("viewed"));
        assertEquals(client.id().toString(), viewed.targetId());
        assertEquals(g.id(), viewed.details().get("grant"));
        assertEquals(2, grantService.get(agent, g.id()).views());
        assertEquals(2, grants.viewsCounted);
        assertThrows(SupportGrantRuleException.class, () -> listCoachNotes(agent, g.id(), client.id()),
                "a roster grant shows no notes");
        assertThrows(NotFoundException.class, () -> getClient(otherAgent, g.id(), client.id()), "only its holder uses a grant");
    }

    @Test
    void aGrantStopsWorkingWhenTheClockPassesItsEnd() {
        SupportGrantView g = grantService.request(agent, command("roster", 5));
        app.clock.advance(Duration.ofMinutes(4));
        getClient(agent, g.id(), client.id());
        app.clock.advance(Duration.ofMinutes(1));
        assertThrows(SupportGrantRuleException.class, () -> getClient(agent, g.id(), client.id()));
        assertEquals("expired", grantService.get(agent, g.id()).status());
    }

    @Test
    void coachNotesNeedASecondPersonsApprovalBeforeTheGrantStarts() {
        SupportGrantView pending = grantService.request(agent, command("coach-notes", 20));
        assertEquals("pending", pending.status());
        assertEquals("support.access_requested", lastInWorkspace().entry().action());
        assertTrue(app.mail.sentTo(TestApplication.emailOf("Olga Owner")).stream()
                .noneMatch(m -> m.template() == EmailTemplate.SUPPORT_ACCESS_NOTICE), "no notice before access starts");
        assertThrows(SupportGrantRuleException.class, () -> listCoachNotes(agent, pending.id(), client.id()));
        assertThrows(SupportAccessDeniedException.class, () -> grantService.approve(otherAgent, pending.id(), "looks fine"),
                "agents do not approve");
        SupportActor officerWhoAsked = new SupportActor("agent-ana", InternalRole.SECURITY_OFFICER, true);
        assertThrows(SupportGrantRuleException.class, () -> grantService.approve(officerWhoAsked, pending.id(), "mine"),
                "never the requester");
        assertEquals(List.of(pending.id()), grantService.listPendingApproval(officer).stream().map(SupportGrantView::id).toList());

        app.clock.advance(Duration.ofMinutes(7));
        SupportGrantView started = grantService.approve(officer, pending.id(), "ticket checked with the owner");
        assertEquals("active", started.status());
        assertEquals("officer-olu", started.approvedBy());
        assertEquals(app.clock.instant().plus(Duration.ofMinutes(20)), started.endsAt(), "the full duration from approval");
        assertEquals(EmailTemplate.SUPPORT_ACCESS_NOTICE, app.mail.lastTo(TestApplication.emailOf("Olga Owner")).template());
        var notes = listCoachNotes(agent, pending.id(), client.id());
        assertEquals("knee hurts after squats", notes.get(0), "decrypted, as the coach reads them");
        var viewed = lastInWorkspace().entry();
        assertEquals("coach_notes", viewed.details().get("viewed"));
        assertFalse(viewed.details().containsValue("knee hurts after squats"), "the trail names what was viewed, never its content");
        assertTrue(grantService.listPendingApproval(officer).isEmpty());
    }

    @Test
    void aRevokedGrantEndsAtOnceAndTheOwnerSeesItAll() {
        SupportGrantView g = grantService.request(agent, command("roster", 60));
        getClient(agent, g.id(), client.id());
        assertThrows(NotFoundException.class, () -> grantService.revoke(otherAgent, g.id(), "not mine"));
        SupportGrantView revoked = grantService.revoke(admin, g.id(), "question answered");
        assertEquals("revoked", revoked.status());
        assertEquals("support.access_revoked", lastInWorkspace().entry().action());
        assertThrows(SupportGrantRuleException.class, () -> getClient(agent, g.id(), client.id()));
        assertThrows(InvalidInputException.class, () -> grantService.revoke(agent, g.id(), " "));

        List<SupportGrantView> seen = grantService.list(owner, PageRequest.first(10)).items();
        assertEquals(1, seen.size());
        assertEquals("agent-ana", seen.get(0).staffId());
        assertEquals("SUP-1234", seen.get(0).ticket());
        assertEquals(1, seen.get(0).views());
        assertEquals("admin-ada", seen.get(0).revokedBy());
        Actor coach = app.joinAsStaff(owner, "Cole Coach", Role.COACH);
        assertThrows(AccessDeniedException.class, () -> grantService.list(coach, PageRequest.first(10)), "the audit log permission");
    }

    @Test
    void theOwnerEndsAGrantThemselvesAndNoOtherMemberCan() {
        SupportGrantView g = grantService.request(agent, command("roster", 60));
        Actor coach = app.joinAsStaff(owner, "Cora Coach", Role.COACH);
        assertThrows(AccessDeniedException.class, () -> grantService.revoke(coach, g.id()));
        Actor stranger = app.ownerOfNewWorkspace("Sam Stranger", "Elsewhere Fitness");
        assertThrows(NotFoundException.class, () -> grantService.revoke(stranger, g.id()), "another workspace's grant is missing");

        SupportGrantView revoked = grantService.revoke(owner, g.id());

        assertEquals("revoked", revoked.status());
        assertEquals("owner:" + owner.personId(), revoked.revokedBy());
        assertEquals("support.access_revoked_by_owner", lastInWorkspace().entry().action());
        assertThrows(SupportGrantRuleException.class, () -> getClient(agent, g.id(), client.id()));
        assertThrows(SupportGrantRuleException.class, () -> grantService.revoke(owner, g.id()), "already over");
    }

    @Test
    void aSuspendedWorkspaceRefusesItsMembersButNotTheirDataRightsUntilRestored() {
        Caller ownerCaller = app.signIn("Olga Owner");
        assertThrows(SupportAccessDeniedException.class, () -> suspension.suspend(agent, workspace.value().toString(), "spam"));
        assertThrows(InvalidInputException.class, () -> suspension.suspend(officer, workspace.value().toString(), ""));
        assertEquals(WorkspaceSummary.SUSPENDED, suspension.suspend(officer, workspace.value().toString(), "sending spam to clients").status());
        assertEquals("workspace.suspended", lastInWorkspace().entry().action());
        WorkspaceRuleException refused = assertThrows(WorkspaceRuleException.class, () -> app.actor(ownerCaller, workspace));
        assertEquals("workspace-suspended", refused.code());
        assertEquals(workspace, app.identity.resolveForDataRights(ownerCaller, workspace).workspaceId());
        Caller stranger = app.signIn("Sam Stranger");
        assertThrows(NotFoundException.class, () -> app.actor(stranger, workspace), "a stranger learns nothing");
        assertThrows(WorkspaceRuleException.class, () -> suspension.suspend(admin, workspace.value().toString(), "again"));

        assertEquals(WorkspaceSummary.ACTIVE, suspension.restore(admin, workspace.value().toString(), "owner removed the spam").status());
        assertEquals("workspace.restored", lastInWorkspace().entry().action());
        assertEquals(workspace, app.actor(ownerCaller, workspace).workspaceId());
    }
}
