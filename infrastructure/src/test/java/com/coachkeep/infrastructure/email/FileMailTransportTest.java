package com.coachkeep.infrastructure.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.notification.domain.DeliveryOutcome.Accepted;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMailTransportTest {
    @TempDir
    Path folder;

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @Test
    void eachEmailIsOneEmlFileAndARepeatReplacesIt() throws Exception {
        MessageComposer composer = new MessageComposer(SampleEmails.settings(folder, 1, "http://127.0.0.1:1"), new EmailRenderer());
        FileMailTransport transport = new FileMailTransport(folder);

        assertInstanceOf(Accepted.class, transport.send(composer.compose(SampleEmails.staffInvitation("invitation:1:a"), null)));
        transport.send(composer.compose(SampleEmails.staffInvitation("invitation:1:a"), null));
        transport.send(composer.compose(SampleEmails.staffInvitation("invitation:2:a"), null));

        assertEquals(2, files().size());
        try (InputStream in = Files.newInputStream(files().get(0))) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            assertTrue(m.getMessageID().endsWith("@mail.coachkeep.test>"));
            assertEquals("You're invited to Summit Strength & Nutrition", m.getSubject());
        }
    }
}
