package com.coachkeep.infrastructure.rest.messaging;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Idempotency;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.messaging.application.port.in.AnnounceUseCase;
import com.coachkeep.messaging.domain.Announcement;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Announcements: one message to many clients, sent by a background job; the announcement is its job, polled by id. */
@Path("/api/v1/workspaces/{workspaceId}/announcements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messaging")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class AnnouncementResource {
    @Inject
    CurrentCaller current;
    @Inject
    AnnounceUseCase announce;
    @Inject
    Idempotency idempotency;

    @PathParam("workspaceId")
    String workspaceId;

    @Schema(name = "AnnouncementRequest", description = "One message to many clients; {firstName} is replaced by each client's first name")
    public record AnnouncementRequest(@Schema(required = true, maxLength = 4000, example = "Hi {firstName}, the gym is closed on Friday.")
            String text,
            @Schema(description = "Only clients with this tag", maxLength = 40) String tag,
            @Schema(description = "Only clients of this status", enumeration = {"active", "paused", "archived"}) String status) {
    }

    @Schema(name = "Announcement", description = "An announcement and its progress: sent + skipped of total; done when none is left")
    public record AnnouncementResponse(String id, @Schema(enumeration = {"running", "done"}) String status, int total, int sent, int skipped,
            String tag, String clientStatus, Instant createdAt, Instant finishedAt) {
        static AnnouncementResponse of(Announcement a) {
            return new AnnouncementResponse(a.id().toString(), a.status().name().toLowerCase(Locale.ROOT), a.total(), a.sent(), a.skipped(),
                    a.segmentTag(), a.segmentStatus() == null ? null : a.segmentStatus().toLowerCase(Locale.ROOT), a.createdAt(), a.finishedAt());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.MESSAGES_SEND)
    @Operation(operationId = "announce", summary = "Send one message to many clients, each in their own conversation",
            description = "The recipients are the clients the caller may read, narrowed to a tag or a status, fixed now; a background job "
                    + "sends each an individual message from the caller, {firstName} replaced. Poll GET …/announcements/{announcementId} "
                    + "until status is done. Retry with the same Idempotency-Key to make it once.")
    @APIResponse(responseCode = "202", description = "Accepted: being sent", content = @Content(schema = @Schema(implementation = AnnouncementResponse.class)))
    public Response announce(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @RequestBody(required = true) AnnouncementRequest body) {
        AnnouncementRequest b = JsonBodyReader.required(body);
        Actor actor = current.in(workspaceId);
        return idempotency.run(current.caller(), idempotencyKey, "announce:" + workspaceId, body, Idempotency.Owner.workspace(workspaceId), () -> {
            AnnounceUseCase.Started s = announce.announce(actor, UUID.randomUUID(), b.text(), b.tag(), b.status());
            return Response.status(Response.Status.ACCEPTED).entity(AnnouncementResponse.of(s.announcement())).build();
        });
    }

    @GET
    @Path("{announcementId}")
    @Access(value = Permission.MESSAGES_SEND)
    @Operation(operationId = "getAnnouncement", summary = "An announcement's progress")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AnnouncementResponse.class)))
    public AnnouncementResponse progress(@PathParam("announcementId") String announcementId) {
        UUID id = Ids.parse(announcementId);
        return AnnouncementResponse.of(announce.progress(current.in(workspaceId), id));
    }
}
