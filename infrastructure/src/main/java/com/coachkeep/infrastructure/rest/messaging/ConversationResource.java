package com.coachkeep.infrastructure.rest.messaging;

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
import com.coachkeep.messaging.application.port.in.EditMessageUseCase;
import com.coachkeep.messaging.application.port.in.ReadConversationUseCase;
import com.coachkeep.messaging.application.port.in.ScheduleMessageUseCase;
import com.coachkeep.messaging.application.port.in.ScheduledView;
import com.coachkeep.messaging.application.port.in.SendMessageUseCase;
import com.coachkeep.messaging.application.port.in.SentView;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
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
                    + "DELETE …/conversation/scheduled/{messageId}.")
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
        if (b.sendAt() != null) {
            Instant at;
            try {
                at = Instant.parse(b.sendAt().strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw InvalidInputException.of("sendAt", "must be a date and time (ISO 8601, e.g. 2026-12-08T07:00:00Z)");
            }
            ScheduledView s = schedule.schedule(actor, client(), id, b.text(), about, at);
            return Response.status(s.created() ? Response.Status.ACCEPTED : Response.Status.OK).entity(ScheduledResponse.of(s)).build();
        }
        SentView v = send.send(actor, client(), id, b.text(), about);
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
