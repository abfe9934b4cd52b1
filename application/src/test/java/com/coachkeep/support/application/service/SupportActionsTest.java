package com.coachkeep.support.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.audit.domain.AuditEvent;
import com.coachkeep.notification.application.port.out.OutboxRepository;
import com.coachkeep.privacy.application.port.in.ExportView;
import com.coachkeep.privacy.application.port.in.WorkspaceDeletionView;
import com.coachkeep.privacy.application.service.EraseClientOnRequestService;
import com.coachkeep.privacy.application.service.LeaveWorkspaceService;
import com.coachkeep.privacy.application.service.DataExportService;
import com.coachkeep.privacy.application.service.WorkspaceDeletionService;
import com.coachkeep.privacy.domain.ExportPolicy;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.DataRequestCommand;
import com.coachkeep.support.application.port.in.DeadLetterView;
import com.coachkeep.support.application.port.in.SupportAccessDeniedException;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.SupportMultiFactorRequiredException;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.testing.fakes.SynchronousEvent;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.testing.fakes.FakeDataExportRepository;
import com.coachkeep.testing.fakes.FakeDeletionStores;
import com.coachkeep.testing.fakes.FakeExportArchives;
import com.coachkeep.workspace.application.port.in.InviteStaffCommand;
import com.coachkeep.workspace.application.port.in.InvitationView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-INT-1")
@Tag("promise:P-INT-2")
class SupportActionsTest {
    final TestApplication app = TestApplication.create();
    final ManageDeadLettersService actions = new ManageDeadLettersService(app.mail, app.audit, app.clock);
    final ResendWorkspaceInvitationService resends = new ResendWorkspaceInvitationService(app.workspaces, app.issuer, app.audit);
    final FakeDeletionStores.Keys keys = new FakeDeletionStores.Keys();
    final FakeDeletionStores.Deletions deletions = new FakeDeletionStores.Deletions();
    final WorkspaceDeletionService deletion = new WorkspaceDeletionService(app.workspaces, app.people, deletions,
            new FakeDeletionStores.Tombstones(), keys, FakeDeletionStores.features(List.of()), app.mail, app.audit, app.clock, new SynchronousEvent<>());
    final FakeDataExportRepository exportRows = new FakeDataExportRepository();
    final List<String> queued = new ArrayList<>();
    final DataExportService exports = new DataExportService(exportRows, List.of(), app.clients, app.memberships, new FakeExportArchives(),
            id -> queued.add(id.toString()), app.audit, ExportPolicy.defaults(), app.clock);
    final FakeDeletionStores.Tombstones tombstones = new FakeDeletionStores.Tombstones();
    final List<String> erasureCalls = new ArrayList<>();
    final FakeDeletionStores.Feature roster = new FakeDeletionStores.Feature("roster", erasureCalls);
    final LeaveWorkspaceService clientDeletion = new LeaveWorkspaceService(app.clients, app.memberships, app.workspaces, app.people,
            tombstones, keys, FakeDeletionStores.features(List.of(roster)), app.mail, app.audit, app.clock);
    final RunDataRequestService dataRequests = new RunDataRequestService(app.workspaces, app.clients, deletion,
            new EraseClientOnRequestService(app.clients, clientDeletion, app.clock), exports,
            app.audit);

    final SupportActor agent = new SupportActor("agent-ana", InternalRole.SUPPORT_AGENT, true);
    final SupportActor admin = new SupportActor("admin-ada", InternalRole.ADMIN, true);
    final Caller ownerCaller = app.signIn("Olga Owner");
    final Actor owner = app.actor(ownerCaller, app.foundWorkspace(ownerCaller, "Summit Strength").id());
    final WorkspaceId workspace = owner.workspaceId();

    AuditEvent last(WorkspaceId chain) {
        List<AuditEvent> events = app.auditEvents.chains.get(chain);
        return events.get(events.size() - 1);
    }

    @Test
    void anAgentResendsAnInvitationWithAReasonAndTheOwnerSeesIt() {
        InvitationView invited = app.staff.invite(owner, InviteStaffCommand.of("new.coach@example.com", "coach"));
        String firstToken = app.invitationTokenSentTo("new.coach@example.com");
        assertThrows(SupportAccessDeniedException.class,
                () -> resends.resend(admin, workspace.value().toString(), invited.id().toString(), "owner asked"));
        assertThrows(InvalidInputException.class, () -> resends.resend(agent, workspace.value().toString(), invited.id().toString(), ""));
        assertThrows(NotFoundException.class, () -> resends.resend(agent, new WorkspaceId(java.util.UUID.randomUUID()).value().toString(),
                invited.id().toString(), "owner asked"), "an invitation is found in its own workspace only");

        resends.resend(agent, workspace.value().toString(), invited.id().toString(), "the coach lost the email");
        assertFalse(firstToken.equals(app.invitationTokenSentTo("new.coach@example.com")), "a new link");
        var inWorkspace = last(workspace).entry();
        assertEquals("invitation.resent", inWorkspace.action());
        assertEquals("agent-ana", inWorkspace.actor().id());
        assertEquals("the coach lost the email", inWorkspace.reason());
        assertEquals("invitation.resent", last(AuditEntry.PLATFORM).entry().action());
    }

    @Test
    void anAdminListsRetriesAndDiscardsDeadLettersWithoutSeeingTheirContent() {
        app.staff.invite(owner, InviteStaffCommand.of("bounced@example.com", "coach"));
        app.staff.invite(owner, InviteStaffCommand.of("bounced.too@example.com", "assistant"));
        for (OutboxRepository.QueuedEmail q : app.mail.claimDue(10, app.clock.instant())) {
            app.mail.markDead(q, 8, app.clock.instant(), "550 mailbox unavailable");
        }
        assertThrows(SupportAccessDeniedException.class, () -> actions.list(agent, 10));
        List<DeadLetterView> dead = actions.list(admin, 10);
        assertEquals(2, dead.size());
        assertEquals("staff-invitation", dead.get(0).template());
        assertEquals(workspace.value().toString(), dead.get(0).workspaceId());
        assertFalse(dead.toString().contains("bounced"), "no recipient, no model");
        assertThrows(SupportMultiFactorRequiredException.class,
                () -> actions.retry(new SupportActor("admin-ada", InternalRole.ADMIN, false), dead.get(0).id(), "smtp fixed"));
        assertThrows(InvalidInputException.class, () -> actions.retry(admin, dead.get(0).id(), " "));

        actions.retry(admin, dead.get(0).id(), "the provider's outage is over");
        assertEquals(1, app.mail.claimDue(10, app.clock.instant()).size(), "queued again");
        assertEquals("outbox.dead_letter_retried", last(workspace).entry().action());
        actions.discard(admin, dead.get(1).id(), "the address does not exist");
        assertEquals("outbox.dead_letter_discarded", last(AuditEntry.PLATFORM).entry().action());
        assertTrue(actions.list(admin, 10).isEmpty());
        assertThrows(NotFoundException.class, () -> actions.discard(admin, dead.get(1).id(), "again"));
    }

    @Test
    void anAgentDeletesAWorkspaceOnItsOwnersDocumentedRequestThroughTheSameDeletion() {
        assertThrows(InvalidInputException.class, () -> DataRequestCommand.of(workspace.value().toString(), "owner asked", ""));
        DataRequestCommand command = DataRequestCommand.of(workspace.value().toString(), "owner wrote from the account address",
                "SUP-500");
        assertThrows(SupportAccessDeniedException.class, () -> dataRequests.deleteWorkspace(admin, command));
        WorkspaceDeletionView v = dataRequests.deleteWorkspace(agent, command);
        assertEquals("erasing", v.state());
        assertTrue(keys.destroyedWorkspaces.contains(workspace));
        assertThrows(NotFoundException.class, () -> app.actor(ownerCaller, workspace), "unusable at once");
        assertTrue(deletion.findRequestedBy(ownerCaller, workspace).isPresent(), "the owner follows it");
        assertEquals(EmailTemplate.DELETION_CONFIRMATION, app.mail.lastTo(TestApplication.emailOf("Olga Owner")).template());
        var recorded = last(AuditEntry.PLATFORM).entry();
        assertEquals("workspace.deleted", recorded.action());
        assertEquals("agent-ana", recorded.actor().id());
        assertEquals("SUP-500", recorded.details().get("ticket"));
        assertThrows(NotFoundException.class, () -> dataRequests.deleteWorkspace(agent, command), "only once");
    }

    @Test
    void anAgentExportsAWorkspaceForItsOwnerWhoAloneDownloadsIt() {
        ExportView v = dataRequests.exportWorkspace(agent, DataRequestCommand.of(workspace.value().toString(),
                "owner cannot sign in to export", "SUP-501"));
        assertEquals(List.of(v.id()), queued);
        assertEquals(owner.personId(), exportRows.rows.values().iterator().next().requestedBy(), "the owner asked, through support");
        assertEquals(v.id(), exports.get(owner, com.coachkeep.privacy.domain.ExportId.parse(v.id())).id());
        var inWorkspace = last(workspace).entry();
        assertEquals("export.requested", inWorkspace.action());
        assertEquals("agent-ana", inWorkspace.actor().id());
        assertEquals("data_request.export", last(AuditEntry.PLATFORM).entry().action());
        assertNull(app.mail.sent().stream().filter(m -> m.template() == EmailTemplate.EXPORT_READY).findAny().orElse(null),
                "the ready email comes from the job");
    }

    @Test
    void anAgentErasesAClientsDataOnTheirDocumentedRequestAndTheCoachIsTold() {
        Actor client = app.joinAsClient(owner, "Cora Client", null);
        var record = app.clients.findByPerson(workspace, client.personId()).orElseThrow();
        DataRequestCommand command = DataRequestCommand.of(workspace.value().toString(), "client wrote from their sign-in address",
                "SUP-600");
        assertThrows(SupportAccessDeniedException.class, () -> dataRequests.deleteClient(admin, command, record.id()));
        dataRequests.deleteClient(agent, command, record.id());
        assertEquals(List.of("roster:client"), erasureCalls, "the same erasure as the client's own");
        assertEquals(List.of(record.id()), roster.erasedClients);
        assertTrue(tombstones.find(com.coachkeep.privacy.domain.DataSubject.client(workspace, record.id())).isPresent());
        assertEquals(EmailTemplate.CLIENT_LEFT, app.mail.lastTo(TestApplication.emailOf("Olga Owner")).template());
        var inWorkspace = last(workspace).entry();
        assertEquals("client.deleted_on_request", inWorkspace.action());
        assertEquals("agent-ana", inWorkspace.actor().id());
        assertEquals("SUP-600", inWorkspace.details().get("ticket"));
        assertEquals("data_request.client_deleted", last(AuditEntry.PLATFORM).entry().action());
    }

    @Test
    void anAgentExportsAClientsDataForThemAndOnlyForAClientWhoJoined() {
        Actor client = app.joinAsClient(owner, "Cora Client", null);
        var joined = app.clients.findByPerson(workspace, client.personId()).orElseThrow();
        var invitedOnly = app.addClient(owner, "Ivy Invited", null);
        DataRequestCommand command = DataRequestCommand.of(workspace.value().toString(), "client cannot sign in", "SUP-601");
        assertThrows(com.coachkeep.shared.application.ConflictException.class,
                () -> dataRequests.exportClient(agent, command, invitedOnly.id()));
        ExportView v = dataRequests.exportClient(agent, command, joined.id());
        assertEquals(client.personId(), exportRows.rows.values().iterator().next().requestedBy(), "the client asked, through support");
        assertEquals(v.id(), exports.get(client, com.coachkeep.privacy.domain.ExportId.parse(v.id())).id());
        assertThrows(NotFoundException.class, () -> exports.get(owner, com.coachkeep.privacy.domain.ExportId.parse(v.id())),
                "nobody else sees it");
        assertEquals("export.requested", last(workspace).entry().action());
    }
}
