package com.coachkeep.infrastructure.rest.roster;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.infrastructure.rest.roster.RosterDtos.AddCoachNoteRequest;
import com.coachkeep.infrastructure.rest.roster.RosterDtos.ClientPage;
import com.coachkeep.infrastructure.rest.roster.RosterDtos.ClientResponse;
import com.coachkeep.infrastructure.rest.roster.RosterDtos.CoachNotePage;
import com.coachkeep.infrastructure.rest.roster.RosterDtos.CoachNoteResponse;
import com.coachkeep.infrastructure.rest.roster.RosterDtos.InviteClientRequest;
import com.coachkeep.infrastructure.rest.roster.RosterDtos.UpdateClientRequest;
import com.coachkeep.infrastructure.rest.roster.RosterDtos.DeleteOwnClientDataRequest;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Etags;
import com.coachkeep.infrastructure.rest.shared.Idempotency;
import com.coachkeep.infrastructure.rest.shared.MergePatch;
import com.coachkeep.infrastructure.rest.shared.PageResponse;
import com.coachkeep.infrastructure.rest.shared.Paging;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.roster.application.port.in.AddCoachNoteUseCase;
import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.CoachNoteView;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.application.port.in.InviteClientCommand;
import com.coachkeep.roster.application.port.in.InviteClientUseCase;
import com.coachkeep.roster.application.port.in.ListClientsQuery;
import com.coachkeep.roster.application.port.in.ListClientsUseCase;
import com.coachkeep.roster.application.port.in.ListCoachNotesUseCase;
import com.coachkeep.roster.application.port.in.RevokeClientAccessUseCase;
import com.coachkeep.roster.application.port.in.UpdateClientCommand;
import com.coachkeep.roster.application.port.in.UpdateClientUseCase;
import com.coachkeep.privacy.application.port.in.LeaveWorkspaceCommand;
import com.coachkeep.privacy.application.port.in.LeaveWorkspaceUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workspaces/{workspaceId}/clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class ClientResource {
    private static final Set<String> PATCHABLE = Set.of("displayName", "assignedCoachId", "tags", "status");

    @Inject
    CurrentCaller current;
    @Inject
    Idempotency idempotency;
    @Inject
    InviteClientUseCase invite;
    @Inject
    ListClientsUseCase list;
    @Inject
    GetClientUseCase get;
    @Inject
    UpdateClientUseCase update;
    @Inject
    AddCoachNoteUseCase addNote;
    @Inject
    ListCoachNotesUseCase listNotes;
    @Inject
    RevokeClientAccessUseCase revoke;
    @Inject
    LeaveWorkspaceUseCase leave;
    @Context
    UriInfo uri;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access({Permission.CLIENTS_READ_ASSIGNED, Permission.CLIENTS_READ_ALL})
    @Operation(operationId = "listClients", summary = "The roster, by name",
            description = "The owner sees every client; a coach or assistant sees the clients assigned to them unless the owner lets coaches see all.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClientPage.class)))
    public PageResponse<ClientResponse> list(
            @Parameter(description = "Only clients with this status", schema = @Schema(enumeration = {"active", "paused", "archived"}))
            @QueryParam("status") String status,
            @Parameter(description = "Only clients whose name contains this text") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 100 (default 25)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Actor actor = current.in(workspaceId);
        return PageResponse.of(list.list(actor, ListClientsQuery.of(status, q, Paging.of(limit, cursor))), ClientResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.CLIENTS_MANAGE)
    @Operation(operationId = "inviteClient", summary = "Add a client to the roster and email them an invitation")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    public Response invite(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true) InviteClientRequest body) {
        JsonBodyReader.required(body);
        Actor actor = current.in(workspaceId);
        return idempotency.run(current.caller(), idempotencyKey, "inviteClient:" + workspaceId, body, Idempotency.Owner.createdClient(workspaceId), () -> {
            ClientView v = invite.invite(actor, InviteClientCommand.of(body.displayName(), body.email(), body.assignedCoachId(), body.tags()));
            return Response.created(uri.getBaseUriBuilder().path("api/v1/workspaces/{w}/clients/{c}").build(workspaceId, v.id().toString()))
                    .header(HttpHeaders.ETAG, Etags.of(v.version())).entity(ClientResponse.of(v)).build();
        });
    }

    @GET
    @Path("me")
    @Access(Permission.SELF_READ)
    @Operation(operationId = "getOwnClientRecord", summary = "The calling client's own record in this workspace")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    public Response getOwn() {
        ClientView v = get.getOwn(current.in(workspaceId));
        return Response.ok(ClientResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.version())).build();
    }

    @DELETE
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.SELF_DELETE)
    @Operation(operationId = "deleteOwnClientData", summary = "A client deletes their own account and data in this workspace",
            description = "Needs {\"confirm\": true} and a sign-in within the last 10 minutes (the token's auth_time; otherwise "
                    + "403 recent-sign-in-required: sign in again and retry). Erases the client's record, membership and their "
                    + "coach's notes about them, destroys their encryption key, and tells their coach by email. It cannot be undone.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteOwnData(@RequestBody(required = true) DeleteOwnClientDataRequest body) {
        Actor actor = current.forDataRights(workspaceId);
        leave.leave(actor, new LeaveWorkspaceCommand(body != null && Boolean.TRUE.equals(body.confirm()), current.caller().authTime()));
        return Response.noContent().build();
    }

    @GET
    @Path("{clientId}")
    @Access(value = {Permission.CLIENTS_READ_ASSIGNED, Permission.CLIENTS_READ_ALL, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getClient", summary = "One client")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    public Response get(@PathParam("clientId") String clientId) {
        ClientView v = get.get(current.in(workspaceId), ClientId.parse(clientId));
        return Response.ok(ClientResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.version())).build();
    }

    @PATCH
    @Path("{clientId}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Access(value = Permission.CLIENTS_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "updateClient", summary = "Change a client: name, assigned coach, tags, status",
            description = "A JSON merge patch. Send If-Match with the ETag you read to avoid overwriting someone else's change. Archiving a "
                    + "client whose subscription still bills them needs cancelSubscription (409 subscription-active without it).")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    public Response update(@PathParam("clientId") String clientId,
            @Parameter(description = "The ETag last read; 412 when the client changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = CANCEL_SUBSCRIPTION, schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("cancelSubscription") String cancel,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UpdateClientRequest.class))) JsonObject body) {
        Actor actor = current.in(workspaceId);
        ClientId id = ClientId.parse(clientId);
        MergePatch patch = new MergePatch(body, PATCHABLE);
        var name = patch.text("displayName", false);
        var coach = patch.text("assignedCoachId", true);
        var tags = patch.textList("tags");
        var status = patch.text("status", false);
        patch.throwIfInvalid();
        Boolean cancelSubscription = decision(cancel);
        ClientView v = update.update(actor, UpdateClientCommand.of(id, name, coach, tags, status, Etags.expectedVersion(ifMatch))
                .withSubscriptionDecision(cancelSubscription));
        return Response.ok(ClientResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.version())).build();
    }

    @DELETE
    @Path("{clientId}/access")
    @Access(value = Permission.CLIENTS_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "revokeClientAccess", summary = "End a client's access; their record stays, archived",
            description = "Removes the client's membership (and withdraws a pending invitation). Takes effect on their very next request. "
                    + "A client whose subscription still bills them needs cancelSubscription (409 subscription-active without it).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    public Response revokeAccess(@PathParam("clientId") String clientId,
            @Parameter(description = CANCEL_SUBSCRIPTION, schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("cancelSubscription") String cancel) {
        ClientId id = ClientId.parse(clientId);
        ClientView v = revoke.revokeAccess(current.in(workspaceId), id, decision(cancel));
        return Response.ok(ClientResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.version())).build();
    }

    @GET
    @Path("{clientId}/notes")
    @Access(value = Permission.CLIENT_NOTES_READ, scope = Access.Scope.CLIENT)
    @Operation(operationId = "listCoachNotes", summary = "A client's coach notes, newest first (staff only)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CoachNotePage.class)))
    public PageResponse<CoachNoteResponse> notes(@PathParam("clientId") String clientId,
            @Parameter(description = "Page size, 1 to 100 (default 25)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Actor actor = current.in(workspaceId);
        return PageResponse.of(listNotes.listNotes(actor, ClientId.parse(clientId), Paging.of(limit, cursor)), CoachNoteResponse::of);
    }

    @POST
    @Path("{clientId}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.CLIENT_NOTES_WRITE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "addCoachNote", summary = "Write a private note about a client (staff only, never shown to the client)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CoachNoteResponse.class)))
    public Response addNote(@PathParam("clientId") String clientId, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true) AddCoachNoteRequest body) {
        JsonBodyReader.required(body);
        Actor actor = current.in(workspaceId);
        ClientId id = ClientId.parse(clientId);
        return idempotency.run(current.caller(), idempotencyKey, "addCoachNote:" + workspaceId + ":" + clientId, body, Idempotency.Owner.client(workspaceId, id), () -> {
                    CoachNoteView v = addNote.addNote(actor, id, body.body());
                    return Response.status(Response.Status.CREATED).entity(CoachNoteResponse.of(v)).build();
                });
    }

    static final String CANCEL_SUBSCRIPTION = "When archiving a client whose subscription on the workspace's Stripe account still bills them: true "
            + "cancels it at Stripe now, false keeps it (the coach says so explicitly); without it such an archive answers 409 subscription-active";

    /** The coach's decision about a subscription that still bills an archived client: true, false, or not said (null). */
    static Boolean decision(String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw com.coachkeep.shared.domain.InvalidInputException.of("cancelSubscription", "must be true or false");
        };
    }
}
