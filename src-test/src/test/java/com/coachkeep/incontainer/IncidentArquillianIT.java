package com.coachkeep.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.support.application.port.in.GetPlatformStatusUseCase;
import com.coachkeep.support.application.port.in.IncidentView;
import com.coachkeep.support.application.port.in.ManageIncidentsUseCase;
import com.coachkeep.support.application.port.in.PlatformStatus;
import com.coachkeep.support.application.port.in.RecordIncidentCommand;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A security officer records an incident through the use case, as the console will: the affected workspace's owner
 * receives the security notice through the outbox (the server's worker delivers it into its mail folder), the
 * incident's links are stored under row-level security, and the status use case publishes the public text only.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("promise:P-INC-1")
public class IncidentArquillianIT {

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.war("incident-it");
    }

    @Inject
    Fixtures fixtures;
    @Inject
    ManageIncidentsUseCase incidents;
    @Inject
    GetPlatformStatusUseCase status;

    @Test
    public void anIncidentEmailsTheAffectedOwnerAndPublishesOnlyItsPublicText() throws Exception {
        Person owner = Tx.call(() -> fixtures.person("incident-owner"));
        Workspace.Founded founded = Tx.call(() -> fixtures.workspace(owner));
        Person bystander = Tx.call(() -> fixtures.person("incident-bystander"));
        Workspace.Founded unaffected = Tx.call(() -> fixtures.workspace(bystander));
        String workspaceId = founded.workspace().id().value().toString();
        String title = Fixtures.unique("Photos visible through a shared link");
        SupportActor officer = new SupportActor("officer-arquillian", InternalRole.SECURITY_OFFICER, true);

        IncidentView recorded = incidents.record(officer, new RecordIncidentCommand(title, "A misconfigured share link exposed photos.",
                List.of("progress photos"), "We closed the link and rotated the keys.", "high", List.of(workspaceId),
                Instant.now().minusSeconds(600), "We are investigating an issue with shared links.", "Review who you shared links with.",
                "SEC-42 reported by a coach"));
        assertEquals(List.of(workspaceId), recorded.affectedWorkspaceIds());
        assertEquals(List.of(workspaceId), incidents.list(officer).stream().filter(i -> i.id().equals(recorded.id())).findFirst()
                .orElseThrow().affectedWorkspaceIds(), "the links are read back across workspaces");

        String mail = MailFolder.awaitMailTo(owner.email().value());
        assertEquals("Security notice: " + title, MailFolder.subjectOf(mail), mail);
        assertTrue(mail.contains("security@coachkeep.app"), "the security mailbox is named");
        MailFolder.awaitOutboxDrained(founded.workspace().id(), "security-incident-notice");
        assertEquals(0, Db.in(unaffected.workspace().id()).countRows("select count(*) from outbox_message where template = ?",
                "security-incident-notice"), "nothing is queued for an unaffected workspace");
        assertTrue(MailFolder.mailTo(bystander.email().value()).isEmpty(), "an owner of an unaffected workspace is not told");

        PlatformStatus published = status.status();
        PlatformStatus.Incident shown = published.incidents().stream().filter(i -> i.id().equals(recorded.id())).findFirst().orElseThrow();
        assertEquals("open", shown.status());
        assertEquals(title, shown.title());
        assertFalse(published.toString().contains(workspaceId), "no workspace on the status");
        assertFalse(published.toString().contains("misconfigured"), "no internal description on the status");

        incidents.resolve(officer, recorded.id(), "Resolved: the link is closed and affected owners were told.", "fix verified");
        assertEquals("resolved", status.status().incidents().stream().filter(i -> i.id().equals(recorded.id())).findFirst().orElseThrow()
                .status());
    }
}
