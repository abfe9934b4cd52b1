package com.coachkeep.infrastructure.rest.messaging;

import com.coachkeep.infrastructure.rest.messaging.MessagingDtos.AttachmentResponse;
import com.coachkeep.infrastructure.rest.messaging.MessagingDtos.ConversationResponse;
import com.coachkeep.infrastructure.rest.messaging.MessagingDtos.EditRequest;
import com.coachkeep.infrastructure.rest.messaging.MessagingDtos.MarkReadRequest;
import com.coachkeep.infrastructure.rest.messaging.MessagingDtos.MessageRequest;
import com.coachkeep.infrastructure.rest.messaging.MessagingDtos.MessageResponse;
import com.coachkeep.infrastructure.rest.messaging.MessagingDtos.PageResponse;
import com.coachkeep.infrastructure.rest.messaging.MessagingDtos.ScheduledList;
import com.coachkeep.infrastructure.rest.messaging.MessagingDtos.ScheduledResponse;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.messaging.application.port.in.AttachmentContent;
import com.coachkeep.messaging.application.port.in.EditMessageUseCase;
import com.coachkeep.messaging.application.port.in.OpenAttachmentUseCase;
import com.coachkeep.messaging.application.port.in.ReadConversationUseCase;
import com.coachkeep.messaging.application.port.in.ScheduleMessageUseCase;
import com.coachkeep.messaging.application.port.in.ScheduledView;
import com.coachkeep.messaging.application.port.in.SendMessageUseCase;
import com.coachkeep.messaging.application.port.in.SentView;
import com.coachkeep.messaging.application.port.in.UploadAttachmentUseCase;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A client's conversation with their coaching team: its messages (sent by ids their senders choose, with {@code PUT}),
 * pages newest first, read receipts, and its live event stream.
 *
 * <p>Its root path lies under a client and names its own segment ({@code …/conversation}), as the nutrition resources
 * do, so the roster's resource keeps every other request under a client.
 */
@Path("/api/v1/workspaces/{workspaceId}/clients/{clientId}/conversation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messaging")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class ConversationResource {
    @Inject
    CurrentCaller current;
    @Inject
    SendMessageUseCase send;
    @Inject
    EditMessageUseCase edit;
    @Inject
    ReadConversationUseCase read;
    @Inject
    ScheduleMessageUseCase schedule;
    @Inject
    ConversationStreams streams;
    @Inject
    UploadAttachmentUseCase uploadAttachment;
    @Inject
    OpenAttachmentUseCase openAttachment;
    @Context
    HttpHeaders headers;

    @PathParam("workspaceId")
    String workspaceId;
    @PathParam("clientId")
    String clientId;

    private Actor actor() {
        return current.in(workspaceId);
    }

    private ClientId client() {
        return ClientId.parse(clientId);
    }

    @GET
    @Access(value = {Permission.MESSAGES_READ_ASSIGNED, Permission.SELF_MESSAGES}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getConversation", summary = "A client's conversation: the caller's unread count, read receipts, the latest event")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConversationResponse.class)))
    public ConversationResponse conversation() {
        return ConversationResponse.of(read.conversation(actor(), client()));
    }

    @GET
    @Path("messages")
    @Access(value = {Permission.MESSAGES_READ_ASSIGNED, Permission.SELF_MESSAGES}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "listMessages", summary = "A page of messages, newest first",
            description = "Keyset pages: the newest with no cursor; older ones with before (a page's olderCursor); newer ones with after "
                    + "(a page's newerCursor); or the page around a message (a search hit, a reply's target). At most one of the three.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PageResponse.class)))
    public PageResponse messages(
            @Parameter(description = "A page's olderCursor: messages older than that (a sequence number)", schema = @Schema(type = SchemaType.STRING, maxLength = 19)) @QueryParam("before") String before,
            @Parameter(description = "A page's newerCursor: messages newer than that (a sequence number)", schema = @Schema(type = SchemaType.STRING, maxLength = 19)) @QueryParam("after") String after,
            @Parameter(description = "A message's id: the page around it", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("around") String around,
            @Parameter(description = "Page size, 1 to 100 (default 50)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50")) @QueryParam("limit") String limit) {
        Actor actor = actor();
        Long b = number("before", before);
        Long a = number("after", after);
        UUID centre = around == null ? null : uuid("around", around);
        Long n = number("limit", limit);
        return PageResponse.of(read.page(actor, client(), b, a, centre, n == null ? 50 : (int) Math.max(Integer.MIN_VALUE, Math.min(n, 1000))));
    }

    @PUT
    @Path("messages/{messageId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.MESSAGES_SEND, Permission.SELF_MESSAGES}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "sendMessage", summary = "Send a message by an id the sender chooses",
            description = "Sending the same id again with the same content answers the stored message (200) and creates nothing; the same "
                    + "id with other content is a conflict. The text is kept exactly as sent and never rendered as HTML by the server. "
                    + "With sendAt, the message is scheduled (202): sent under the same id at that time, cancelled until then with "
                    + "DELETE …/conversation/scheduled/{messageId}. Attachments are uploaded first (POST …/conversation/attachments) "
                    + "and named here by their ids; they cannot be scheduled.")
    @APIResponse(responseCode = "201", description = "Sent", content = @Content(schema = @Schema(implementation = MessageResponse.class)))
    @APIResponse(responseCode = "202", description = "Scheduled", content = @Content(schema = @Schema(implementation = ScheduledResponse.class)))
    @APIResponse(responseCode = "200", description = "Already sent", content = @Content(schema = @Schema(implementation = MessageResponse.class)))
    public Response send(@PathParam("messageId") String messageId, @RequestBody(required = true) MessageRequest body) {
        MessageRequest b = JsonBodyReader.required(body);
        UUID id = Ids.parse(messageId);
        Actor actor = actor();
        Message.Reference about = null;
        if (b.about() != null) {
            if (b.about().type() == null || !Message.Reference.TYPES.contains(b.about().type())) {
                throw InvalidInputException.of("about.type", "must be one of " + Message.Reference.TYPES);
            }
            if (b.about().id() == null) {
                throw InvalidInputException.of("about.id", "is required");
            }
            about = new Message.Reference(b.about().type(), uuid("about.id", b.about().id()));
        }
        List<UUID> attachments = new ArrayList<>();
        if (b.attachments() != null) {
            for (int i = 0; i < b.attachments().size(); i++) {
                String raw = b.attachments().get(i);
                if (raw == null) {
                    throw InvalidInputException.of("attachments[" + i + "]", "must be a UUID");
                }
                attachments.add(uuid("attachments[" + i + "]", raw));
            }
        }
        if (b.sendAt() != null) {
            if (!attachments.isEmpty()) {
                throw InvalidInputException.of("attachments", "cannot be scheduled: send a message with attachments now");
            }
            Instant at;
            try {
                at = Instant.parse(b.sendAt().strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw InvalidInputException.of("sendAt", "must be a date and time (ISO 8601, e.g. 2026-12-08T07:00:00Z)");
            }
            ScheduledView s = schedule.schedule(actor, client(), id, b.text(), about, at);
            return Response.status(s.created() ? Response.Status.ACCEPTED : Response.Status.OK).entity(ScheduledResponse.of(s)).build();
        }
        SentView v = send.send(actor, client(), id, b.text(), about, attachments);
        return Response.status(v.created() ? Response.Status.CREATED : Response.Status.OK).entity(MessageResponse.of(v.message())).build();
    }

    @PATCH
    @Path("messages/{messageId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.MESSAGES_SEND, Permission.SELF_MESSAGES}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "editMessage", summary = "Change one's own message's text, within 15 minutes of sending it")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MessageResponse.class)))
    public MessageResponse edit(@PathParam("messageId") String messageId, @RequestBody(required = true) EditRequest body) {
        EditRequest b = JsonBodyReader.required(body);
        UUID id = Ids.parse(messageId);
        return MessageResponse.of(edit.edit(actor(), client(), id, b.text()));
    }

    @DELETE
    @Path("messages/{messageId}")
    @Access(value = {Permission.MESSAGES_SEND, Permission.SELF_MESSAGES}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "deleteMessage", summary = "Delete one's own message, within 15 minutes of sending it: a tombstone stays")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MessageResponse.class)))
    public MessageResponse delete(@PathParam("messageId") String messageId) {
        UUID id = Ids.parse(messageId);
        return MessageResponse.of(edit.delete(actor(), client(), id));
    }

    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    @Access(value = {Permission.MESSAGES_SEND, Permission.SELF_MESSAGES}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "uploadMessageAttachment", summary = "Upload a file to attach to one's next message in the conversation",
            description = "The body is the file itself, at most 15 MiB, judged by its bytes whatever Content-Type says: a JPEG, PNG or "
                    + "WebP image (turned upright and re-encoded by the same pipeline as progress photos, so no EXIF, GPS or other "
                    + "metadata is kept; at most 40 megapixels) or a PDF (its header at the first byte, a cross-reference its startxref "
                    + "points at, nothing after its last %%EOF). Anything else is refused (attachment-*, image-*, pdf-* problems) and "
                    + "nothing is stored. The attachment is seen by its uploader alone until a message names it in attachments; one "
                    + "left unsent is deleted after 24 hours.")
    @RequestBody(required = true, content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored, not yet sent", content = @Content(schema = @Schema(implementation = AttachmentResponse.class)))
    public Response upload(InputStream body) {
        Actor actor = actor();
        AttachmentResponse created = AttachmentResponse.of(uploadAttachment.upload(actor, client(), read(body)));
        return Response.status(Response.Status.CREATED).header("Location", created.contentPath()).entity(created).build();
    }

    private static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("attachments/{attachmentId}/content")
    @Produces({"image/jpeg", "image/png", "application/pdf", "application/json"})
    @Access(value = {Permission.MESSAGES_READ_ASSIGNED, Permission.SELF_MESSAGES}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getMessageAttachmentContent", summary = "An attachment's file, as a download",
            description = "For the conversation's readers (an attachment not yet sent: its uploader alone), checked on every request. "
                    + "Served with Content-Disposition: attachment, its own type, nosniff and no caching; an image as re-encoded "
                    + "(without metadata), a PDF as uploaded.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response attachment(@PathParam("attachmentId") String attachmentId,
            @Parameter(schema = @Schema(enumeration = {"full", "thumbnail"}, defaultValue = "full")) @QueryParam("variant") String variant) {
        Actor actor = actor();
        UUID id = Ids.parse(attachmentId);
        return download(openAttachment.open(actor, client(), id, variant), headers);
    }

    /**
     * The file as a private, never-cached download ({@code Content-Disposition: attachment}: a browser saves it rather than
     * showing it in the API's origin; {@code nosniff} and {@code default-src 'none'} come with every response); 406 when
     * the request's Accept does not admit its type (the stream is closed unread).
     */
    static Response download(AttachmentContent c, HttpHeaders headers) {
        MediaType type = MediaType.valueOf(c.mediaType());
        if (headers != null && headers.getAcceptableMediaTypes().stream().noneMatch(a -> a.isCompatible(type))) {
            try {
                c.content().close();
            } catch (IOException e) {
                // nothing was read
            }
            throw new NotAcceptableException("The attachment is " + c.mediaType() + ", which the request's Accept header does not admit.");
        }
        StreamingOutput body = out -> {
            try (InputStream in = c.content()) {
                in.transferTo(out);
            }
        };
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        Response.ResponseBuilder r = Response.ok(body, c.mediaType()).cacheControl(noStore)
                .header("Content-Disposition", "attachment; filename=\"" + c.fileName() + "\"");
        if (c.size() >= 0) {
            r.header(HttpHeaders.CONTENT_LENGTH, c.size());
        }
        return r.build();
    }

    @GET
    @Path("scheduled")
    @Access(value = {Permission.MESSAGES_SEND, Permission.SELF_MESSAGES}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "listScheduledMessages", summary = "The caller's messages waiting to be sent in this conversation, soonest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScheduledList.class)))
    public ScheduledList scheduled() {
        return new ScheduledList(schedule.scheduled(actor(), client()).stream().map(ScheduledResponse::of).toList());
    }

    @DELETE
    @Path("scheduled/{messageId}")
    @Access(value = {Permission.MESSAGES_SEND, Permission.SELF_MESSAGES}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "cancelScheduledMessage", summary = "Cancel one's own message before it is sent")
    @APIResponse(responseCode = "204", description = "Cancelled: it will not be sent")
    public Response cancel(@PathParam("messageId") String messageId) {
        UUID id = Ids.parse(messageId);
        schedule.cancel(actor(), client(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.MESSAGES_READ_ASSIGNED, Permission.SELF_MESSAGES}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "markConversationRead", summary = "Mark the conversation read up to a message (the caller's read receipt)",
            description = "The pointer only moves forward: marking an older message read changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConversationResponse.class)))
    public ConversationResponse markRead(@RequestBody(required = true) MarkReadRequest body) {
        MarkReadRequest b = JsonBodyReader.required(body);
        if (b.upTo() == null) {
            throw InvalidInputException.of("upTo", "is required");
        }
        UUID upTo = uuid("upTo", b.upTo());
        return ConversationResponse.of(read.markRead(actor(), client(), upTo));
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Access(value = {Permission.MESSAGES_READ_ASSIGNED, Permission.SELF_MESSAGES}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "followConversation", summary = "The conversation's events, live (server-sent events)",
            description = "Each event is a message as it now is (sent, edited or deleted), named message, its id the conversation's "
                    + "event number. Reconnect with Last-Event-ID (or after=) to resume without loss. The caller's access is checked "
                    + "again before every event: a removed participant's stream ends. Works across server nodes.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
            schema = @Schema(implementation = MessageResponse.class)))
    public void events(@Parameter(description = "Resume after this event number") @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "Resume after this event number (for clients that cannot send Last-Event-ID)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 19)) @QueryParam("after") String after,
            @Parameter(description = "false: send the events after the given one and end the stream (a catch-up for clients that poll); "
                    + "true by default", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("follow") String follow,
            @Context SseEventSink sink, @Context Sse sse) {
        Actor actor = actor();
        Long fromHeader = number("Last-Event-ID", lastEventId);
        Long fromQuery = number("after", after);
        long from = fromHeader != null ? fromHeader : fromQuery != null ? fromQuery : -1;
        boolean following;
        if (follow == null || follow.equals("true")) {
            following = true;
        } else if (follow.equals("false")) {
            following = false;
        } else {
            throw InvalidInputException.of("follow", "must be true or false");
        }
        ClientId client = client();
        // the first check, in this request: a caller who may not read the conversation is refused before the stream opens
        long start = from >= 0 ? from : read.conversation(actor, client).lastEventSeq();
        if (!following) {
            try (sink) {
                long last = start;
                while (true) {
                    var events = read.eventsAfter(actor, client, last, ConversationStreams.BATCH);
                    for (var e : events) {
                        sink.send(ConversationStreams.event(sse, e)).toCompletableFuture().join();
                        last = e.message().eventSeq();
                    }
                    if (events.size() < ConversationStreams.BATCH) {
                        return;
                    }
                }
            }
        }
        read.eventsAfter(actor, client, start, 1);
        streams.open(current.caller(), actor.workspaceId(), client, start, sink, sse);
    }

    static Long number(String field, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            long n = Long.parseLong(raw.strip());
            if (n < 0) {
                throw InvalidInputException.of(field, "must be 0 or more");
            }
            return n;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "must be a whole number");
        }
    }

    static UUID uuid(String field, String raw) {
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be a UUID");
        }
    }
}
