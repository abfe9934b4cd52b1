package com.coachkeep.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.workspace.domain.Role;
import com.coachkeep.support.application.port.in.AddSubProcessorCommand;
import com.coachkeep.support.application.port.in.ListSubProcessorsUseCase;
import com.coachkeep.support.application.port.in.ManageSubProcessorsUseCase;
import com.coachkeep.support.application.port.in.SendSubProcessorAnnouncementsUseCase;
import com.coachkeep.support.application.port.in.SubProcessorView;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Workspace;
import com.coachkeep.audit.domain.AuditEntry;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin adds a sub-processor through the use case, as the console will: it is published at once, and the
 * announcement reaches coaches (owners and coaches of any workspace) through batches and the outbox, but not clients.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("promise:P-SUB-1")
public class SubProcessorAnnouncementArquillianIT {

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.war("sub-processor-announcement-it");
    }

    @Inject
    Fixtures fixtures;
    @Inject
    ManageSubProcessorsUseCase manage;
    @Inject
    ListSubProcessorsUseCase list;
    @Inject
    SendSubProcessorAnnouncementsUseCase announcements;

    @Test
    public void anAddedSubProcessorIsPublishedAndAnnouncedToCoachesButNotClients() throws Exception {
        Person owner = Tx.call(() -> fixtures.person("announce-owner"));
        Workspace.Founded founded = Tx.call(() -> fixtures.workspace(owner));
        Person coach = Tx.call(() -> fixtures.person("announce-coach"));
        Person client = Tx.call(() -> fixtures.person("announce-client"));
        Tx.run(() -> fixtures.member(founded.workspace().id(), coach, Role.COACH, Fixtures.now()));
        Tx.run(() -> fixtures.member(founded.workspace().id(), client, Role.CLIENT, Fixtures.now()));
        SupportActor admin = new SupportActor("admin-arquillian", InternalRole.ADMIN, true);
        String service = Fixtures.unique("Analytics Ltd");

        SubProcessorView added = manage.add(admin, new AddSubProcessorCommand(service, "Product analytics", "European Union", null,
                LocalDate.now(), "evaluating a new analytics provider"));
        assertTrue(list.listCurrent().items().stream().anyMatch(s -> s.service().equals(service)));

        // the server's job sends it too; whichever takes a batch, every coach is queued once
        while (announcements.sendNextBatch() > 0) {
            // next batch
        }
        String toOwner = MailFolder.awaitMailTo(owner.email().value());
        assertTrue(MailFolder.subjectOf(toOwner).startsWith("Coachkeep is changing its sub-processors"), toOwner);
        MailFolder.awaitMailTo(coach.email().value());
        awaitTheAnnouncementDelivered();
        assertEquals(0, MailFolder.mailTo(client.email().value()).size(), "clients are not coaches");

        manage.retire(admin, added.id(), "evaluation finished");
        removeTheAnnouncementEmails();
    }

    /** Every batch of the announcement was queued and the outbox delivered every email of it. */
    private static void awaitTheAnnouncementDelivered() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Db.count("select count(*) from sub_processor_announcement where done_at is null") > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the announcement was not queued within 90 seconds");
            }
            Thread.sleep(250);
        }
        MailFolder.awaitOutboxDrained(AuditEntry.PLATFORM, "sub-processor-change");
    }

    /**
     * The announcement went to every coach in the test database, the people of other tests included: once every
     * email of it was delivered, its files leave the shared mail folder, so that no other test finds a message it did
     * not cause.
     */
    private static void removeTheAnnouncementEmails() throws Exception {
        awaitTheAnnouncementDelivered();
        try (Stream<Path> files = Files.list(MailFolder.folder())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                String mail = MailFolder.read(f);
                if (!mail.isEmpty() && MailFolder.subjectOf(mail).startsWith("Coachkeep is changing its sub-processors")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
