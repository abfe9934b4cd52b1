package com.coachkeep.infrastructure.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The MIME text written without Jakarta Mail's body parts reads back, through Jakarta Mail, as what was sent. */
class MimeMessagesTest {
    static final Session SESSION = Session.getInstance(new Properties());

    static OutgoingMessage message(String subject, String fromName, String toName, String text, String html, Map<String, String> headers) {
        return new OutgoingMessage("no-reply@mail.coachkeep.test", fromName, "zoe@example.com", toName, subject, text, html,
                "<abc.123@mail.coachkeep.test>", headers, "key-1", "invitation");
    }

    /** Written by MimeMessages, as the wire (or the folder transport) carries it, then parsed as a receiver would. */
    static MimeMessage roundTrip(OutgoingMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MimeMessages.of(m, SESSION).writeTo(out);
        return new MimeMessage(SESSION, new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void anAsciiMessageReadsBackWithBothBodiesAndItsHeaders() throws Exception {
        String text = "Hi Carl,\n\nYou're invited as a coach.\n.a line that starts with a dot\nend";
        String html = "<p>Hi Carl,</p>\n<p>You're invited as a coach.</p>";
        MimeMessage received = roundTrip(message("You're invited to Summit Strength & Nutrition", "Summit via Coachkeep", "Carl",
                text, html, Map.of("Auto-Submitted", "auto-generated")));

        assertEquals("<abc.123@mail.coachkeep.test>", received.getMessageID());
        assertEquals("You're invited to Summit Strength & Nutrition", received.getSubject());
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertEquals("Summit via Coachkeep", from.getPersonal());
        assertEquals("no-reply@mail.coachkeep.test", from.getAddress());
        assertEquals("auto-generated", received.getHeader("Auto-Submitted", null));
        assertTrue(received.getSentDate() != null, "a Date header");
        Multipart parts = (Multipart) received.getContent();
        assertTrue(parts.getContentType().startsWith("multipart/alternative"));
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals(text.replace("\n", "\r\n"), parts.getBodyPart(0).getContent());
        assertEquals(html.replace("\n", "\r\n"), parts.getBodyPart(1).getContent());
        assertEquals("7bit", ((jakarta.mail.internet.MimeBodyPart) parts.getBodyPart(0)).getEncoding());
    }

    @Test
    void nonAsciiNamesSubjectsAndLongLinesAreEncodedAndReadBackExactly() throws Exception {
        String longLine = "x".repeat(1200) + " ";
        String text = "Grüße, Zoë! Ihr Plan für die Woche: 3× Kniebeugen à 80 kg.   \n" + longLine + "\n=3D is not an escape here\n";
        String html = "<p>Grüße, Zoë — 🏋️</p>";
        MimeMessage received = roundTrip(message("Willkommen bei Kraft & Ernährung — Woche 1 🏋️", "Jürgen’s Studio", "Zoë Ünal",
                text, html, Map.of()));

        assertEquals("Willkommen bei Kraft & Ernährung — Woche 1 🏋️", received.getSubject());
        assertEquals("Jürgen’s Studio", ((InternetAddress) received.getFrom()[0]).getPersonal());
        InternetAddress to = (InternetAddress) received.getRecipients(MimeMessage.RecipientType.TO)[0];
        assertEquals("Zoë Ünal", to.getPersonal());
        assertEquals("zoe@example.com", to.getAddress());
        Multipart parts = (Multipart) received.getContent();
        assertEquals(text.replace("\n", "\r\n"), parts.getBodyPart(0).getContent());
        assertEquals(html, parts.getBodyPart(1).getContent());
        assertEquals("quoted-printable", ((jakarta.mail.internet.MimeBodyPart) parts.getBodyPart(0)).getEncoding());
    }

    @Test
    void everyLineOnTheWireIsSevenBitAndWithinTheLineLimit() throws Exception {
        OutgoingMessage m = message("Ünïcödé " + "long subject ".repeat(20), "Ü", "Ö", "ä".repeat(3000), "<p>" + "é".repeat(500) + "</p>",
                Map.of("List-Unsubscribe", "<https://api.coachkeep.test/email/unsubscribe?token=t>"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MimeMessages.of(m, SESSION).writeTo(out);
        String wire = out.toString(StandardCharsets.UTF_8);
        for (String line : wire.split("\r\n", -1)) {
            assertTrue(line.length() <= 998, "line of " + line.length());
            assertTrue(line.chars().allMatch(c -> c < 127), "non-ASCII on the wire: " + line);
        }
        assertTrue(!wire.replace("\r\n", "").contains("\r") && !wire.replace("\r\n", "").contains("\n"), "only CRLF line ends");
    }

    @Test
    void aSubjectOrNameWithALineBreakStaysOneHeaderLine() throws Exception {
        MimeMessage received = roundTrip(message("Welcome\r\nBcc: someone@example.com", "Summit\nStudio", "Carl\r", "b", "h", Map.of()));
        assertEquals("Welcome  Bcc: someone@example.com", received.getSubject());
        assertEquals("Summit Studio", ((InternetAddress) received.getFrom()[0]).getPersonal());
        assertEquals(null, received.getHeader("Bcc"), "no header injected");
        assertEquals(1, received.getAllRecipients().length);
    }

    @Test
    void aHeaderThatWouldBreakALineIsRefused() {
        OutgoingMessage injected = message("s", "n", "t", "b", "h", Map.of("X-Test", "a\r\nBcc: someone@example.com"));
        assertThrows(IllegalArgumentException.class, () -> MimeMessages.of(injected, SESSION));
        OutgoingMessage bareNewline = message("s", "n", "t", "b", "h", Map.of("X-Test", "a\nb"));
        assertThrows(IllegalArgumentException.class, () -> MimeMessages.of(bareNewline, SESSION));
    }
}
