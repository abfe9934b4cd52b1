package com.coachkeep.messaging.application.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.messaging.application.port.in.SentView;
import com.coachkeep.messaging.domain.Attachment;
import com.coachkeep.messaging.domain.AttachmentRefusedException;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.ImageRefusedException;
import com.coachkeep.shared.application.ImageSanitizer;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.workspace.domain.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttachmentServiceTest {
    static final WorkspaceId WS = WorkspaceId.newId();
    /** The smallest well-formed PDF: a header, one object, an xref its startxref points at, %%EOF. */
    static final byte[] PDF;

    static {
        String head = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
        String tail = "xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n" + head.length()
                + "\n%%EOF\n";
        PDF = (head + tail).getBytes(StandardCharsets.US_ASCII);
    }

    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3};

    /** Accepts bytes that start like a JPEG (three re-encoded bytes and a thumbnail); anything else is not an image. */
    static final class Sanitizer implements ImageSanitizer {
        int calls;

        @Override
        public SanitizedImage sanitize(byte[] upload, Limits limits) {
            calls++;
            if (upload.length < 3 || (upload[0] & 0xff) != 0xff || (upload[1] & 0xff) != 0xd8) {
                throw new ImageRefusedException(ImageRefusedException.Reason.UNSUPPORTED_TYPE, "not an image");
            }
            return new SanitizedImage(new EncodedImage(new byte[] {9, 9, 9}, "image/jpeg", 30, 40),
                    new EncodedImage(new byte[] {4}, "image/jpeg", 3, 4), "image/jpeg");
        }
    }

    MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"));
    MessagingFakes.Roster roster = new MessagingFakes.Roster();
    MessagingFakes.Messages messages = new MessagingFakes.Messages();
    MessagingFakes.Attachments attachments = new MessagingFakes.Attachments();
    MessagingFakes.Files files = new MessagingFakes.Files();
    RecordingAuditTrail audit = new RecordingAuditTrail();
    Sanitizer sanitizer = new Sanitizer();
    AttachmentService service = new AttachmentService(attachments, files, sanitizer, roster, audit, clock);
    MessageService conversation = new MessageService(messages, attachments, files, (w, c, ref) -> true, new MessagingFakes.Hours(messages),
            new MessagingFakes.Events(), roster, roster, audit, clock);

    Actor coach;
    Actor assistant;
    Actor client;
    Actor otherClient;
    ClientId clientId = ClientId.newId();

    @BeforeEach
    void people() {
        coach = new Actor(PersonId.newId(), WS, MembershipId.newId(), "coach", true, Role.COACH.permissions());
        assistant = new Actor(PersonId.newId(), WS, MembershipId.newId(), "assistant", true, Role.ASSISTANT.permissions());
        client = new Actor(PersonId.newId(), WS, MembershipId.newId(), "client", false, Role.CLIENT.permissions());
        otherClient = new Actor(PersonId.newId(), WS, MembershipId.newId(), "client", false, Role.CLIENT.permissions());
        roster.clients.put(clientId, new MessagingFakes.Roster.Entry(client.personId(), coach.membershipId()));
        roster.clients.put(ClientId.newId(), new MessagingFakes.Roster.Entry(otherClient.personId(), null));
    }

    @Test
    void anImageGoesThroughTheSharedPipelineAndOnlyItsReEncodedCopiesAreStored() {
        Attachment a = service.upload(client, clientId, JPEG);
        assertEquals(1, sanitizer.calls);
        assertEquals(Attachment.Kind.IMAGE, a.kind());
        assertArrayEquals(new byte[] {9, 9, 9}, files.stored.get(a.id()), "the re-encoded copy, not the upload");
        assertArrayEquals(new byte[] {4}, files.stored.get(a.thumbnailId()));
        assertFalse(a.sent());
        assertEquals("attachment.uploaded", audit.records.get(0).action());
    }

    @Test
    void aPdfIsCheckedByItsBytesAndStoredAsIsAnythingElseIsRefusedAndNothingStored() {
        Attachment pdf = service.upload(coach, clientId, PDF);
        assertEquals(Attachment.Kind.PDF, pdf.kind());
        assertEquals("application/pdf", pdf.mediaType());
        assertArrayEquals(PDF, files.stored.get(pdf.id()));
        assertNull(pdf.thumbnailId());
        int stored = files.stored.size();
        byte[] polyglot = (new String(PDF, StandardCharsets.US_ASCII) + "PK\u0003\u0004zip").getBytes(StandardCharsets.US_ASCII);
        assertEquals(AttachmentRefusedException.PDF_POLYGLOT,
                assertThrows(AttachmentRefusedException.class, () -> service.upload(coach, clientId, polyglot)).code());
        assertEquals(AttachmentRefusedException.UNSUPPORTED_TYPE, assertThrows(AttachmentRefusedException.class,
                () -> service.upload(coach, clientId, "<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII))).code());
        assertEquals(AttachmentRefusedException.UNSUPPORTED_TYPE,
                assertThrows(AttachmentRefusedException.class, () -> service.upload(coach, clientId, new byte[0])).code());
        assertEquals(AttachmentRefusedException.TOO_LARGE, assertThrows(AttachmentRefusedException.class,
                () -> service.upload(coach, clientId, new byte[(int) Attachment.MAX_BYTES + 1])).code());
        assertEquals(stored, files.stored.size(), "nothing stored for a refused upload");
        assertEquals(1, attachments.rows.size());
    }

    @Test
    void whoMayNotWriteMayNotUploadAndAnUnsentAttachmentIsItsUploadersAlone() {
        assertThrows(AccessDeniedException.class, () -> service.upload(assistant, clientId, PDF), "an assistant does not send");
        assertThrows(NotFoundException.class, () -> service.upload(otherClient, clientId, PDF), "another client");
        Attachment a = service.upload(client, clientId, PDF);
        assertThrows(NotFoundException.class, () -> service.open(coach, clientId, a.id(), null), "unsent: the coach does not see it");
        assertEquals("application/pdf", service.open(client, clientId, a.id(), null).mediaType());
        assertThrows(InvalidInputException.class, () -> service.open(client, clientId, a.id(), "thumbnail"), "a PDF has no thumbnail");
        // the coach may not send the client's attachment either
        assertThrows(InvalidInputException.class, () -> conversation.send(coach, clientId, UUID.randomUUID(), null, null, List.of(a.id())));
        // sent: every reader opens it
        conversation.send(client, clientId, UUID.randomUUID(), null, null, List.of(a.id()));
        assertEquals("application/pdf", service.open(coach, clientId, a.id(), null).mediaType());
    }

    @Test
    void aMessageCarriesAttachmentsInOrderAResendDuplicatesNothingAndDeletingItDeletesItsFiles() {
        Attachment image = service.upload(client, clientId, JPEG);
        Attachment pdf = service.upload(client, clientId, PDF);
        UUID id = UUID.randomUUID();
        SentView sent = conversation.send(client, clientId, id, "Form check and my plan", null, List.of(pdf.id(), image.id()));
        assertTrue(sent.created());
        assertEquals(List.of(pdf.id(), image.id()), sent.message().attachments().stream().map(Attachment::id).toList());
        SentView again = conversation.send(client, clientId, id, "Form check and my plan", null, List.of(pdf.id(), image.id()));
        assertFalse(again.created());
        assertEquals(2, again.message().attachments().size());
        assertEquals(1, messages.byId.size());
        assertThrows(ConflictException.class, () -> conversation.send(client, clientId, id, "Form check and my plan", null, List.of(pdf.id())));
        // an attachment sent once is not sent again with another message
        assertThrows(InvalidInputException.class, () -> conversation.send(client, clientId, UUID.randomUUID(), "again", null, List.of(pdf.id())));
        assertEquals(2, conversation.page(coach, clientId, null, null, null, 10).messages().get(0).attachments().size());
        conversation.delete(client, clientId, id);
        assertTrue(attachments.rows.isEmpty());
        assertTrue(files.stored.isEmpty(), "the image, its thumbnail and the PDF left the file store");
        assertTrue(conversation.page(coach, clientId, null, null, null, 10).messages().get(0).attachments().isEmpty());
    }

    @Test
    void aMessageNeedsTextOrAttachmentsAndAtMostFive() {
        assertThrows(InvalidInputException.class, () -> conversation.send(client, clientId, UUID.randomUUID(), null, null, List.of()));
        List<UUID> six = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(service.upload(client, clientId, PDF).id());
        }
        assertThrows(InvalidInputException.class, () -> conversation.send(client, clientId, UUID.randomUUID(), null, null, six));
        assertThrows(InvalidInputException.class, () -> conversation.send(client, clientId, UUID.randomUUID(), null, null,
                List.of(six.get(0), six.get(0))), "twice");
        SentView alone = conversation.send(client, clientId, UUID.randomUUID(), null, null, six.subList(0, 5));
        assertNull(alone.message().message().text(), "attachments alone");
        assertEquals(5, alone.message().attachments().size());
    }

    @Test
    void unsentAttachmentsAreBoundedAndExpire() {
        for (int i = 0; i < Attachment.MAX_UNSENT; i++) {
            service.upload(client, clientId, PDF);
        }
        assertThrows(ConflictException.class, () -> service.upload(client, clientId, PDF));
        clock.advance(Attachment.UNSENT_LIFETIME.plus(Duration.ofMinutes(1)));
        service.upload(client, clientId, PDF);
        assertEquals(1, attachments.rows.size(), "the day-old unsent ones were deleted");
        assertEquals(1, files.stored.size());
    }
}
