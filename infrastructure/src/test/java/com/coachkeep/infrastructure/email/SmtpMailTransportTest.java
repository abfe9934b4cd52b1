package com.coachkeep.infrastructure.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.notification.application.port.out.EmailDeliveryPort;
import com.coachkeep.notification.domain.DeliveryOutcome.Accepted;
import com.coachkeep.notification.domain.DeliveryOutcome.PermanentFailure;
import com.coachkeep.notification.domain.DeliveryOutcome.TemporaryFailure;
import com.coachkeep.shared.domain.NotificationCategory;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The SMTP transport against a real SMTP server (GreenMail). */
class SmtpMailTransportTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    Path folder;
    private SmtpMailTransport transport;

    private MailSettings settings() {
        return SampleEmails.settings(folder, SMTP.getSmtp().getPort(), "http://127.0.0.1:1");
    }

    @AfterEach
    void close() {
        if (transport != null) {
            transport.close();
        }
    }

    @Test
    void anInvitationArrivesAsTextAndHtmlWithItsStableMessageId() throws Exception {
        MailSettings settings = settings();
        MessageComposer composer = new MessageComposer(settings, new EmailRenderer());
        transport = new SmtpMailTransport(settings.smtp());
        OutgoingMessage message = composer.compose(SampleEmails.staffInvitation("invitation:42:abcdef"), null);

        assertInstanceOf(Accepted.class, transport.send(message));

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals(composer.messageId("invitation:42:abcdef"), received.getMessageID());
        assertEquals("You're invited to Summit Strength & Nutrition", received.getSubject());
        jakarta.mail.internet.InternetAddress from = (jakarta.mail.internet.InternetAddress) received.getFrom()[0];
        assertEquals("Summit Strength & Nutrition via Coachkeep", from.getPersonal());
        assertEquals("no-reply@mail.coachkeep.test", from.getAddress());
        assertEquals("carl@example.com", received.getAllRecipients()[0].toString());
        Multipart parts = (Multipart) received.getContent();
        assertTrue(parts.getContentType().startsWith("multipart/alternative"));
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("as a coach"));
        assertEquals("auto-generated", received.getHeader("Auto-Submitted", null));
        assertNull(received.getHeader("List-Unsubscribe"), "essential emails have no unsubscribe header");
    }

    @Test
    void theSameEmailSentTwiceCarriesTheSameMessageId() throws Exception {
        MailSettings settings = settings();
        MessageComposer composer = new MessageComposer(settings, new EmailRenderer());
        transport = new SmtpMailTransport(settings.smtp());

        transport.send(composer.compose(SampleEmails.staffInvitation("invitation:42:abcdef"), null));
        transport.send(composer.compose(SampleEmails.staffInvitation("invitation:42:abcdef"), null));
        transport.send(composer.compose(SampleEmails.staffInvitation("invitation:43:abcdef"), null));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(3, received.length, "one connection reused for all three");
        assertEquals(received[0].getMessageID(), received[1].getMessageID());
        assertTrue(!received[0].getMessageID().equals(received[2].getMessageID()));
    }

    @Test
    void anOptionalEmailCarriesOneClickListUnsubscribe() throws Exception {
        MailSettings settings = settings();
        MessageComposer composer = new MessageComposer(settings, new EmailRenderer());
        transport = new SmtpMailTransport(settings.smtp());

        transport.send(composer.compose(SampleEmails.subProcessorChange(),
                new EmailDeliveryPort.Unsubscribe("tok123", NotificationCategory.SUB_PROCESSOR_CHANGES)));

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals("<https://api.coachkeep.test/email/unsubscribe?token=tok123&category=sub-processor-changes>",
                received.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", received.getHeader("List-Unsubscribe-Post", null));
        assertEquals("Coachkeep", ((jakarta.mail.internet.InternetAddress) received.getFrom()[0]).getPersonal());
    }

    @Test
    void anUnreachableServerIsATemporaryFailure() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        MailSettings settings = SampleEmails.settings(folder, closedPort, "http://127.0.0.1:1");
        transport = new SmtpMailTransport(settings.smtp());

        var outcome = transport.send(new MessageComposer(settings, new EmailRenderer()).compose(SampleEmails.staffInvitation("k"), null));

        assertInstanceOf(TemporaryFailure.class, outcome);
    }

    @Test
    void aBatchArrivesInOrderWithEveryMessageAccepted() throws Exception {
        MailSettings settings = settings();
        MessageComposer composer = new MessageComposer(settings, new EmailRenderer());
        transport = new SmtpMailTransport(settings.smtp());
        java.util.List<OutgoingMessage> batch = java.util.List.of(composer.compose(SampleEmails.staffInvitation("batch:1"), null),
                composer.compose(SampleEmails.staffInvitation("batch:2"), null), composer.compose(SampleEmails.staffInvitation("batch:3"), null));

        var outcomes = transport.sendAll(batch);
        var again = transport.sendAll(java.util.List.of(composer.compose(SampleEmails.staffInvitation("batch:4"), null)));

        assertEquals(3, outcomes.size());
        outcomes.forEach(o -> assertInstanceOf(Accepted.class, o));
        assertInstanceOf(Accepted.class, again.get(0), "the pooled connection serves the next batch");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(4, received.length);
        for (int i = 0; i < 4; i++) {
            assertEquals(composer.messageId("batch:" + (i + 1)), received[i].getMessageID());
        }
    }

    @Test
    void aBatchToAnUnreachableServerFailsTemporarilyAsAWholeAfterOneAttempt() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        MailSettings settings = SampleEmails.settings(folder, closedPort, "http://127.0.0.1:1");
        MessageComposer composer = new MessageComposer(settings, new EmailRenderer());
        transport = new SmtpMailTransport(settings.smtp());

        var outcomes = transport.sendAll(java.util.List.of(composer.compose(SampleEmails.staffInvitation("a"), null),
                composer.compose(SampleEmails.staffInvitation("b"), null)));

        assertEquals(2, outcomes.size());
        outcomes.forEach(o -> assertInstanceOf(TemporaryFailure.class, o));
        assertEquals(outcomes.get(0), outcomes.get(1), "the second message was not tried: the first connection attempt failed");
    }

    /** Stands for Angus Mail's SMTPSendFailedException, which carries the server's reply code. */
    static final class ReplyException extends MessagingException {
        private final int code;

        ReplyException(int code) {
            super(code + " reply");
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    @Test
    void a5xxReplyIsPermanentAndA4xxReplyTemporary() {
        assertInstanceOf(PermanentFailure.class, SmtpMailTransport.classify(new MessagingException("wrapped", new ReplyException(550))));
        assertInstanceOf(TemporaryFailure.class, SmtpMailTransport.classify(new ReplyException(451)));
        assertInstanceOf(TemporaryFailure.class, SmtpMailTransport.classify(new MessagingException("connection reset")));
    }
}
