package com.coachkeep.infrastructure.rest.roster;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.CoachNoteView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the roster resources. */
public final class RosterDtos {
    private RosterDtos() {
    }

    @Schema(name = "InviteClientRequest")
    public record InviteClientRequest(@Schema(required = true, maxLength = 120, example = "Alex Example") String displayName,
            @Schema(required = true, example = "alex@example.com") String email,
            @Schema(description = "Membership id of the owner or a coach; defaults to the inviting coach") String assignedCoachId,
            @Schema(description = "Up to 20 labels") List<String> tags) {
    }

    @Schema(name = "UpdateClientRequest", description = "JSON merge patch: send only the fields to change; assignedCoachId null unassigns")
    public record UpdateClientRequest(String displayName, String assignedCoachId, List<String> tags,
            @Schema(enumeration = {"active", "paused", "archived"}) String status) {
    }

    @Schema(name = "Client")
    public record ClientResponse(String id, String displayName, String email,
            @Schema(enumeration = {"active", "paused", "archived"}) String status,
            String assignedCoachId,
            @Schema(description = "The coach's labels; absent when a client reads their own record") List<String> tags,
            @Schema(description = "Whether the client has accepted their invitation") boolean joined,
            Instant createdAt, Instant updatedAt) {
        static ClientResponse of(ClientView v) {
            return new ClientResponse(v.id().toString(), v.displayName(), v.email(), v.status(),
                    v.assignedCoachId() == null ? null : v.assignedCoachId().toString(), v.tags(), v.joined(),
                    v.createdAt(), v.updatedAt());
        }
    }

    @Schema(name = "ClientPage")
    public record ClientPage(List<ClientResponse> items, String nextCursor) {
    }

    @Schema(name = "AddCoachNoteRequest")
    public record AddCoachNoteRequest(@Schema(required = true, maxLength = 10000) String body) {
    }

    @Schema(name = "CoachNote", description = "A coach's private note: visible to staff only, never to the client")
    public record CoachNoteResponse(String id, String authorId,
            @Schema(description = "The note's text; null when the client's data has been erased") String body,
            @Schema(description = "True when the client's data has been erased (their key destroyed): the body is gone for good")
            boolean erased, Instant createdAt) {
        static CoachNoteResponse of(CoachNoteView v) {
            return new CoachNoteResponse(v.id().toString(), v.authorId().toString(), v.body(), v.erased(), v.createdAt());
        }
    }

    @Schema(name = "CoachNotePage")
    public record CoachNotePage(List<CoachNoteResponse> items, String nextCursor) {
    }

    public record DeleteOwnClientDataRequest(
            @Schema(required = true, description = "Must be true: the deletion cannot be undone") Boolean confirm) {
    }
}
