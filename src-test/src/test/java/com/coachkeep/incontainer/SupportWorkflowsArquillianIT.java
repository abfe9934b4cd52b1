package com.coachkeep.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.roster.application.port.out.CoachNoteRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.CoachNote;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.DeadLetterView;
import com.coachkeep.support.application.port.in.ListSupportGrantsUseCase;
import com.coachkeep.support.application.port.in.ManageDeadLettersUseCase;
import com.coachkeep.support.application.port.in.ResendWorkspaceInvitationUseCase;
import com.coachkeep.support.application.port.in.LookUpWorkspacesUseCase;
import com.coachkeep.support.application.port.in.ManageSupportGrantsUseCase;
import com.coachkeep.support.application.port.in.RequestSupportGrantCommand;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.SupportGrantView;
import com.coachkeep.support.application.port.in.SuspendWorkspaceUseCase;
import com.coachkeep.support.application.port.in.ViewWorkspaceContentUseCase;
import com.coachkeep.support.application.port.in.WorkspaceLookupQuery;
import com.coachkeep.support.application.port.in.WorkspaceSummary;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.support.domain.SupportGrantRuleException;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The support workflows through their use cases, as the console calls them, on the real server and database: the
 * look-up crosses workspaces through its database function only; a grant's lifecycle lands in the workspace's own
 * hash chain and queues the owner's email; and, driven over HTTP against the running API (the console's actions have
 * no REST operation), the owner reads the grants at {@code GET …/support-grants} and a suspended workspace refuses its
 * members with {@code workspace-suspended} but still lets the owner export, until it is restored; support resends an
 * invitation and retries and discards dead letters of the real outbox.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("promise:P-INT-1")
public class SupportWorkflowsArquillianIT {
    private static final SupportActor AGENT = new SupportActor("agent-arquillian", InternalRole.SUPPORT_AGENT, true);
    private static final SupportActor OFFICER = new SupportActor("officer-arquillian", InternalRole.SECURITY_OFFICER, true);
    private static final SupportActor ADMIN = new SupportActor("admin-arquillian", InternalRole.ADMIN, true);

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.war("support-workflows-it");
    }

    @Inject
    Fixtures fixtures;
    @Inject
    CoachNoteRepository notes;
    @Inject
    LookUpWorkspacesUseCase lookup;
    @Inject
    ManageSupportGrantsUseCase grants;
    @Inject
    ViewWorkspaceContentUseCase content;
    @Inject
    ListSupportGrantsUseCase ownersList;
    @Inject
    SuspendWorkspaceUseCase suspension;
    @Inject
    ResendWorkspaceInvitationUseCase invitations;
    @Inject
    ManageDeadLettersUseCase deadLetters;

    @Test
    public void theLookUpCrossesWorkspacesThroughItsFunctionAndShowsMetadataOnly() {
        Person owner = Tx.call(() -> fixtures.person("lookup-owner"));
        Workspace.Founded founded = Tx.call(() -> fixtures.workspace(owner));
        WorkspaceId w = founded.workspace().id();
        Person coach = Tx.call(() -> fixtures.person("lookup-coach"));
        Tx.run(() -> {
            fixtures.client(w, "Lookup Client One");
            fixtures.client(w, "Lookup Client Two");
            fixtures.member(w, coach, Role.COACH, Fixtures.now());
        });
        String name = founded.workspace().settings().name();

        List<WorkspaceSummary> byName = lookup.lookUp(AGENT, WorkspaceLookupQuery.of(name.toUpperCase(), PageRequest.first(10))).items();
        assertEquals(1, byName.size(), byName.toString());
        WorkspaceSummary s = byName.get(0);
        assertEquals(w.value().toString(), s.id());
        assertEquals(WorkspaceSummary.ACTIVE, s.status());
        assertEquals(2, s.staffCount(), "the owner and the coach");
        assertEquals(2, s.clientCount());
        assertEquals(owner.email().value(), s.ownerEmail());
        assertEquals(s, lookup.lookUp(AGENT, WorkspaceLookupQuery.of(owner.email().value().toUpperCase(), PageRequest.first(10))).items().get(0));
        assertEquals(s, lookup.get(OFFICER, w.value().toString()));

        // Pages are keyset-bounded: two workspaces sharing a name part come one per page.
        String shared = Fixtures.unique("Paged");
        Tx.run(() -> {
            for (int i = 0; i < 3; i++) {
                fixtures.workspace(owner, shared + " studio " + i);
            }
        });
        var first = lookup.lookUp(AGENT, WorkspaceLookupQuery.of(shared, PageRequest.first(2)));
        assertEquals(2, first.items().size());
        var second = lookup.lookUp(AGENT, WorkspaceLookupQuery.of(shared, new PageRequest(2, first.nextCursor())));
        assertEquals(1, second.items().size());
        assertEquals(null, second.nextCursor());

        // The application role gains nothing from the function's flag: only the schema owner's policies name it.
        assertEquals(0, Db.withSetting("app.support_lookup", "on").countRows("select count(*) from workspace"));
        assertEquals(0, Db.withSetting("app.support_lookup", "on").countRows("select count(*) from client"));
        assertEquals(0, Db.withSetting("app.support_grants", "off").countRows("select count(*) from support_grant"));
        // Nor from the settings of the scans across workspaces: their policies name the worker role only.
        assertEquals(0, Db.withSetting("app.support_grants", "on").countRows("select count(*) from support_grant"));
        assertEquals(0, Db.withSetting("app.outbox_worker", "on").countRows("select count(*) from outbox_message"));
    }

    @Test
    public void aGrantsLifecycleLandsInTheWorkspacesOwnChainAndEmailsTheOwner() throws Exception {
        Person owner = Tx.call(() -> fixtures.person("grant-owner"));
        Workspace.Founded founded = Tx.call(() -> fixtures.workspace(owner));
        WorkspaceId w = founded.workspace().id();
        Client client = Tx.call(() -> fixtures.client(w, "Grant Client"));
        Tx.run(() -> notes.add(CoachNote.write(w, client.id(), owner.id(), "left shoulder feels better", Fixtures.now())));

        SupportGrantView roster = grants.request(AGENT, RequestSupportGrantCommand.of(w.value().toString(), "roster",
                "owner asked why a client is missing", "SUP-77", 15));
        assertEquals("active", roster.status());
        assertEquals(1, content.view(AGENT, roster.id(), "roster", null, PageRequest.first(10)).rows().size());
        assertEquals("Grant Client", content.view(AGENT, roster.id(), "roster", client.id().toString(), PageRequest.first(10)).rows().get(0).cells().get(0));
        String mail = MailFolder.awaitMailTo(owner.email().value());
        assertEquals("Coachkeep support has access to " + founded.workspace().settings().name(), MailFolder.subjectOf(mail));
        assertTrue(mail.contains("SUP-77"), "the ticket is named");

        SupportGrantView notesGrant = grants.request(AGENT, RequestSupportGrantCommand.of(w.value().toString(), "coach-notes",
                "owner reports a note is garbled", "SUP-78", 10));
        assertEquals("pending", notesGrant.status());
        assertThrows(SupportGrantRuleException.class, () -> content.view(AGENT, notesGrant.id(), "coach-notes", client.id().toString(),
                PageRequest.first(5)));
        assertTrue(grants.listPendingApproval(OFFICER).stream().anyMatch(g -> g.id().equals(notesGrant.id())), "found across workspaces");
        grants.approve(OFFICER, notesGrant.id(), "owner confirmed on the ticket");
        assertEquals("left shoulder feels better",
                content.view(AGENT, notesGrant.id(), "coach-notes", client.id().toString(), PageRequest.first(5)).rows().get(0).cells().get(1),
                "decrypted");
        SupportGrantView revoked = grants.revoke(OFFICER, roster.id(), "question answered");
        assertEquals("revoked", revoked.status());
        assertThrows(SupportGrantRuleException.class, () -> content.view(AGENT, roster.id(), "roster", client.id().toString(),
                PageRequest.first(5)));

        List<String> actions = Db.in(w).rows("select action from audit_event where workspace_id = ?::uuid and actor_kind = 'SUPPORT' "
                + "order by sequence", w.value().toString()).stream().map(r -> (String) r[0]).toList();
        assertEquals(List.of("support.access_granted", "support.content_viewed", "support.content_viewed", "support.access_requested",
                "support.access_granted", "support.content_viewed", "support.access_revoked"), actions);
        String details = Db.in(w).rows("select details::text from audit_event where workspace_id = ?::uuid and action = "
                + "'support.content_viewed' order by sequence desc limit 1", w.value().toString()).get(0)[0].toString();
        assertTrue(details.contains("coach_notes"), details);
        assertFalse(details.contains("shoulder"), "what was viewed, never its content");

        Actor ownerActor = new Actor(owner.id(), w, founded.ownerMembership().id(), "owner", true, Role.OWNER.permissions());
        List<SupportGrantView> seen = ownersList.list(ownerActor, PageRequest.first(10)).items();
        assertEquals(List.of(notesGrant.id(), roster.id()), seen.stream().map(SupportGrantView::id).toList(), "newest first");
        assertEquals(2, seen.get(1).views());
        assertEquals("officer-arquillian", seen.get(0).approvedBy());
    }

    @Test
    public void overHttpTheOwnerSeesTheGrantsAndASuspendedWorkspaceRefusesItsMembersUntilRestored() throws Exception {
        String label = "susp-" + UUID.randomUUID().toString().substring(0, 8);
        String ownerToken = token(label, label + "@test.coachkeep.example");
        HttpResponse<String> created = http("POST", "/api/v1/workspaces", ownerToken,
                "{\"name\":\"Suspension " + label + "\",\"timezone\":\"Europe/Berlin\",\"currency\":\"EUR\",\"locale\":\"en\"}");
        assertEquals(201, created.statusCode(), created.body());
        String w = field(created.body(), "id");

        SupportGrantView g = grants.request(AGENT, RequestSupportGrantCommand.of(w, "roster", "owner asked for help", "SUP-90", 30));
        HttpResponse<String> list = http("GET", "/api/v1/workspaces/" + w + "/support-grants", ownerToken, null);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains(g.id()) && list.body().contains("SUP-90") && list.body().contains("agent-arquillian"), list.body());
        HttpResponse<String> trail = http("GET", "/api/v1/workspaces/" + w + "/audit-events?kind=support", ownerToken, null);
        assertTrue(trail.body().contains("support.access_granted"), trail.body());

        assertEquals(200, http("GET", "/api/v1/workspaces/" + w, ownerToken, null).statusCode());
        assertEquals(WorkspaceSummary.SUSPENDED, suspension.suspend(OFFICER, w, "phishing pages sent to clients").status());
        HttpResponse<String> refused = http("GET", "/api/v1/workspaces/" + w, ownerToken, null);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("https://coachkeep.app/problems/workspace-suspended"), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> export = http("POST", "/api/v1/workspaces/" + w + "/exports", ownerToken, null);
        assertEquals(202, export.statusCode(), "the owner can still export: " + export.body());
        assertEquals(200, http("GET", "/api/v1/status", null, null).statusCode(), "public reads are not affected");

        assertEquals(WorkspaceSummary.ACTIVE, suspension.restore(OFFICER, w, "pages removed, owner warned").status());
        assertEquals(200, http("GET", "/api/v1/workspaces/" + w, ownerToken, null).statusCode());
    }

    @Test
    public void supportResendsAnInvitationAndWorksTheDeadLettersOfTheRealOutbox() throws Exception {
        Person owner = Tx.call(() -> fixtures.person("actions-owner"));
        Workspace.Founded founded = Tx.call(() -> fixtures.workspace(owner));
        WorkspaceId w = founded.workspace().id();
        com.coachkeep.shared.domain.EmailAddress invitee = Fixtures.email("invitee");
        var issued = Tx.call(() -> fixtures.invitation(w, invitee, Role.COACH, null, owner.id(), Fixtures.now()));
        invitations.resend(AGENT, w.value().toString(), issued.invitation().id().toString(), "the coach lost the email");
        assertFalse(MailFolder.awaitMailTo(invitee.value()).isBlank(), "the new link is delivered");
        assertEquals(List.of("invitation.resent"), Db.in(w).rows("select action from audit_event where workspace_id = ?::uuid and "
                + "actor_kind = 'SUPPORT'", w.value().toString()).stream().map(r -> (String) r[0]).toList());

        String retried = deadLetter(w, Fixtures.email("bounced").value());
        String discarded = deadLetter(w, Fixtures.email("gone").value());
        List<String> listed = deadLetters.list(ADMIN, ManageDeadLettersUseCase.MAX).stream().map(DeadLetterView::id).toList();
        assertTrue(listed.containsAll(List.of(retried, discarded)), listed.toString());
        assertFalse(deadLetters.list(ADMIN, ManageDeadLettersUseCase.MAX).toString().contains("bounced"), "metadata only");

        deadLetters.retry(ADMIN, retried, "the provider's outage is over");
        deadLetters.discard(ADMIN, discarded, "the address does not exist");
        Db worker = Db.in(w);
        assertEquals("SUPPRESSED", worker.single("select status from outbox_message where id = ?::uuid", discarded).toString().strip());
        assertEquals(null, worker.single("select payload from outbox_message where id = ?::uuid", discarded), "its content is dropped");
        assertTrue(List.of("PENDING", "SENT").contains(
                worker.single("select status from outbox_message where id = ?::uuid", retried).toString().strip()), "queued again");
        List<String> actions = Db.in(w).rows("select action from audit_event where workspace_id = ?::uuid and actor_kind = 'SUPPORT' "
                + "order by sequence", w.value().toString()).stream().map(r -> (String) r[0]).toList();
        assertEquals(List.of("invitation.resent", "outbox.dead_letter_retried", "outbox.dead_letter_discarded"), actions);
    }

    /** A dead letter of the workspace, as the outbox worker leaves one after its last failed attempt. */
    private static String deadLetter(WorkspaceId w, String to) {
        var email = new com.coachkeep.shared.application.MailPort.Email(com.coachkeep.shared.domain.EmailTemplate.SUPPORT_ACCESS_NOTICE,
                com.coachkeep.shared.application.MailPort.Recipient.of(new com.coachkeep.shared.domain.EmailAddress(to)), w,
                java.util.Locale.ENGLISH, com.coachkeep.shared.application.MailPort.Branding.platform(),
                java.util.Map.of("workspaceName", "Dead letter studio", "reason", "test", "startsAt", "2026-11-23T10:00:00Z",
                        "endsAt", "2026-11-23T10:30:00Z", "agentName", "agent"), "dead-letter-test:" + UUID.randomUUID());
        String id = UUID.randomUUID().toString();
        Db.in(w).rows("insert into outbox_message (workspace_id, id, kind, idempotency_key, template, "
                + "essential, payload, status, attempts, next_attempt_at, created_at, done_at, last_error) values (?::uuid, ?::uuid, "
                + "'email', ?, ?, true, ?::jsonb, 'DEAD', 8, now(), now(), now(), '550 mailbox unavailable') returning id",
                w.value().toString(), id, email.idempotencyKey(), email.template().id(),
                com.coachkeep.infrastructure.persistence.outbox.EmailPayloads.toJson(email));
        return id;
    }

    private static String baseUrl() {
        String port = System.getenv("COACHKEEP_HTTP_PORT");
        return "http://localhost:" + (port == null || port.isBlank() ? "19080" : port.strip());
    }

    /** A token of the server's development issuer (answered to loopback callers only), for a new person. */
    private static String token(String subject, String email) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/dev/token?sub="
                + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().strip();
    }

    private static HttpResponse<String> http(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }
}
