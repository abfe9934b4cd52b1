package com.coachkeep.infrastructure.rest.messaging;

import com.coachkeep.messaging.application.port.in.ConversationView;
import com.coachkeep.messaging.application.port.in.InboxView;
import com.coachkeep.messaging.application.port.in.MessagePage;
import com.coachkeep.messaging.application.port.in.MessageView;
import com.coachkeep.messaging.application.port.in.ScheduledView;
import com.coachkeep.messaging.domain.Attachment;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.messaging.domain.ScheduledMessage;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the messaging resources. */
public final class MessagingDtos {
    private MessagingDtos() {
    }

    @Schema(name = "MessageAbout", description = "An object of the client's the message is about")
    public record AboutBody(@Schema(required = true, enumeration = {"workout-log", "nutrition-log", "checkin"}) String type,
            @Schema(required = true, description = "The object's id", format = "uuid") String id) {
    }

    @Schema(name = "MessageRequest", description = "A message: its text, kept exactly as sent (never rendered as HTML by the server), "
            + "attachments uploaded before (POST …/conversation/attachments), or both")
    public record MessageRequest(@Schema(description = "Required unless attachments are given", maxLength = Message.MAX_LENGTH) String text,
            @Schema(description = "What the message is about: an object of the same client") AboutBody about,
            @Schema(description = "Ids of attachments the sender uploaded to this conversation and has not sent yet, in the order "
                    + "shown (at most " + Attachment.MAX_PER_MESSAGE + "); not with sendAt", maxItems = Attachment.MAX_PER_MESSAGE)
            List<String> attachments,
            @Schema(description = "Send it later, at this time (ISO 8601, within 90 days); now when absent", format = "date-time",
                    maxLength = 40, example = "2026-12-08T07:00:00Z") String sendAt) {
    }

    @Schema(name = "ScheduledMessage", description = "A message waiting to be sent at sendAt")
    public record ScheduledResponse(String id, String text, AboutBody about, Instant sendAt, Instant createdAt) {
        static ScheduledResponse of(ScheduledView v) {
            ScheduledMessage m = v.message();
            return new ScheduledResponse(m.id().toString(), m.text(),
                    m.about() == null ? null : new AboutBody(m.about().type(), m.about().id().toString()), m.sendAt(), m.createdAt());
        }
    }

    @Schema(name = "ScheduledMessageList")
    public record ScheduledList(List<ScheduledResponse> items) {
    }

    @Schema(name = "MessageEditRequest")
    public record EditRequest(@Schema(required = true, maxLength = Message.MAX_LENGTH) String text) {
    }

    @Schema(name = "MarkReadRequest")
    public record MarkReadRequest(@Schema(required = true, description = "The newest message read", format = "uuid") String upTo) {
    }

    @Schema(name = "Message", description = "A message; a deleted one keeps its place without its text and attachments (deletedAt set)")
    public record MessageResponse(String id, long seq, long eventSeq,
            @Schema(description = "The author; null for an automatic reply (office hours)") String authorId, boolean fromStaff,
            @Schema(description = "Written by the server: an automatic reply outside office hours") boolean automatic,
            @Schema(description = "Null for a message of attachments alone, and for a deleted one") String text,
            AboutBody about, List<AttachmentResponse> attachments, Instant sentAt, Instant editedAt, Instant deletedAt) {
        static MessageResponse of(MessageView v) {
            Message m = v.message();
            return new MessageResponse(m.id().toString(), m.seq(), m.eventSeq(), m.automatic() ? null : m.authorId().value().toString(),
                    m.fromStaff(), m.automatic(), m.text(),
                    m.about() == null ? null : new AboutBody(m.about().type(), m.about().id().toString()),
                    v.attachments().stream().map(AttachmentResponse::of).toList(), m.sentAt(), m.editedAt(), m.deletedAt());
        }
    }

    @Schema(name = "MessageAttachment", description = "A file attached to a message: an image (re-encoded without metadata, with a "
            + "thumbnail) or a PDF. Its bytes are served only by contentPath, to the conversation's readers (bearer token).")
    public record AttachmentResponse(String id, @Schema(enumeration = {"image", "pdf"}) String kind,
            @Schema(enumeration = {"image/jpeg", "image/png", "application/pdf"}) String mediaType, long sizeBytes,
            @Schema(description = "An image's width in pixels, upright; null for a PDF") Integer width,
            @Schema(description = "An image's height in pixels; null for a PDF") Integer height,
            @Schema(description = "The message it was sent with; null until then (only its uploader sees it)") String messageId,
            Instant uploadedAt, String contentPath,
            @Schema(description = "An image's thumbnail (longest edge 320 px); null for a PDF") String thumbnailPath) {
        static AttachmentResponse of(Attachment a) {
            String content = "/api/v1/workspaces/" + a.workspaceId().value() + "/clients/" + a.clientId().value()
                    + "/conversation/attachments/" + a.id() + "/content";
            return new AttachmentResponse(a.id().toString(), a.kind().wireName(), a.mediaType(), a.sizeBytes(), a.width(), a.height(),
                    a.messageId() == null ? null : a.messageId().toString(), a.uploadedAt(), content,
                    a.thumbnailId() == null ? null : content + "?variant=thumbnail");
        }
    }

    @Schema(name = "MessagePage", description = "Messages newest first; olderCursor and newerCursor are the before and after of the next pages")
    public record PageResponse(List<MessageResponse> messages, Long olderCursor, Long newerCursor) {
        static PageResponse of(MessagePage p) {
            return new PageResponse(p.messages().stream().map(MessageResponse::of).toList(), p.olderCursor(), p.newerCursor());
        }
    }

    @Schema(name = "ReadReceipt", description = "How far a participant has read")
    public record ReceiptResponse(String personId, boolean staff, long readSeq, String readUpTo, Instant readAt) {
    }

    @Schema(name = "Conversation", description = "A client's conversation as the caller sees it")
    public record ConversationResponse(String clientId, long lastEventSeq, long messages, long unread, Instant lastMessageAt,
            List<ReceiptResponse> receipts) {
        static ConversationResponse of(ConversationView v) {
            return new ConversationResponse(v.clientId().value().toString(), v.lastEventSeq(), v.messages(), v.unread(), v.lastMessageAt(),
                    v.receipts().stream().map(r -> new ReceiptResponse(r.personId().value().toString(), r.staff(), r.readSeq(),
                            r.readUpTo() == null ? null : r.readUpTo().toString(), r.readAt())).toList());
        }
    }

    @Schema(name = "InboxEntry")
    public record InboxEntryResponse(String clientId, String clientName, long unread, long messages, Instant lastMessageAt, long lastEventSeq) {
    }

    @Schema(name = "Inbox", description = "Conversations the caller may read, most recent first, with unread counts and their total")
    public record InboxResponse(long totalUnread, List<InboxEntryResponse> conversations) {
        static InboxResponse of(InboxView v) {
            return new InboxResponse(v.totalUnread(), v.conversations().stream().map(e -> new InboxEntryResponse(e.clientId().value().toString(),
                    e.clientName(), e.unread(), e.messages(), e.lastMessageAt(), e.lastEventSeq())).toList());
        }
    }
}
