package com.coachkeep.infrastructure.rest.workspace;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.infrastructure.rest.workspace.DeletionDtos.DeleteWorkspaceRequest;
import com.coachkeep.infrastructure.rest.workspace.DeletionDtos.WorkspaceDeletionResponse;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Etags;
import com.coachkeep.infrastructure.rest.shared.Idempotency;
import com.coachkeep.infrastructure.rest.shared.MergePatch;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.CreateWorkspaceRequest;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.UpdateWorkspaceRequest;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.WorkspaceResponse;
import com.coachkeep.privacy.application.port.in.DeleteWorkspaceCommand;
import com.coachkeep.privacy.application.port.in.DeleteWorkspaceUseCase;
import com.coachkeep.privacy.application.port.in.GetWorkspaceDeletionUseCase;
import com.coachkeep.privacy.application.port.in.WorkspaceDeletionView;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.in.CreateWorkspaceCommand;
import com.coachkeep.workspace.application.port.in.CreateWorkspaceUseCase;
import com.coachkeep.workspace.application.port.in.GetWorkspaceUseCase;
import com.coachkeep.workspace.application.port.in.UpdateWorkspaceCommand;
import com.coachkeep.workspace.application.port.in.UpdateWorkspaceUseCase;
import com.coachkeep.workspace.application.port.in.WorkspaceView;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
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

@Path("/api/v1/workspaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workspaces")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class WorkspaceResource {
    private static final Set<String> PATCHABLE = Set.of("name", "timezone", "currency", "locale", "brandColor", "coachesSeeAllClients",
            "staffMfaRequired");

    @Inject
    CurrentCaller current;
    @Inject
    Idempotency idempotency;
    @Inject
    CreateWorkspaceUseCase create;
    @Inject
    GetWorkspaceUseCase get;
    @Inject
    UpdateWorkspaceUseCase update;
    @Inject
    DeleteWorkspaceUseCase delete;
    @Inject
    GetWorkspaceDeletionUseCase deletion;
    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(scope = Access.Scope.OWN)
    @Operation(operationId = "createWorkspace", summary = "Found a coaching business",
            description = "The caller becomes the owner of the new workspace.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = WorkspaceResponse.class)))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key returns the first result")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true) CreateWorkspaceRequest body) {
        JsonBodyReader.required(body);
        Caller caller = current.caller();
        return idempotency.run(caller, idempotencyKey, "createWorkspace", body, Idempotency.Owner.createdWorkspace(), () -> {
            WorkspaceView v = create.create(caller, CreateWorkspaceCommand.of(body.name(), body.timezone(), body.currency(),
                    body.locale(), body.brandColor()));
            return Response.created(uri.getBaseUriBuilder().path("api/v1/workspaces/{id}").build(v.id().toString()))
                    .header(HttpHeaders.ETAG, Etags.of(v.version())).entity(WorkspaceResponse.of(v)).build();
        });
    }

    @GET
    @Path("{workspaceId}")
    @Access(Permission.WORKSPACE_READ)
    @Operation(operationId = "getWorkspace", summary = "A workspace's settings")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WorkspaceResponse.class)))
    public Response get(@PathParam("workspaceId") String workspaceId) {
        WorkspaceView v = get.get(current.in(workspaceId));
        return Response.ok(WorkspaceResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.version())).build();
    }

    @PATCH
    @Path("{workspaceId}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Access(Permission.WORKSPACE_MANAGE)
    @Operation(operationId = "updateWorkspace", summary = "Change a workspace's settings (owner only)",
            description = "A JSON merge patch. Send If-Match with the ETag you read to avoid overwriting someone else's change. "
                    + "Turning staffMfaRequired on needs a token from a multi-factor sign-in (403 mfa-required otherwise).")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WorkspaceResponse.class)))
    public Response update(@PathParam("workspaceId") String workspaceId,
            @Parameter(description = "The ETag last read; 412 when the workspace changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UpdateWorkspaceRequest.class))) JsonObject body) {
        var actor = current.in(workspaceId);
        MergePatch patch = new MergePatch(body, PATCHABLE);
        UpdateWorkspaceCommand command = new UpdateWorkspaceCommand(patch.text("name", false), patch.text("timezone", false),
                patch.text("currency", false), patch.text("locale", false), patch.text("brandColor", false),
                patch.bool("coachesSeeAllClients"), patch.bool("staffMfaRequired"), Etags.expectedVersion(ifMatch));
        patch.throwIfInvalid();
        WorkspaceView v = update.update(actor, command);
        return Response.ok(WorkspaceResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.version())).build();
    }

    @DELETE
    @Path("{workspaceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.WORKSPACE_DELETE)
    @Operation(operationId = "deleteWorkspace", summary = "Delete the workspace and everything in it (owner only)",
            description = "Needs the workspace's name typed exactly (confirmName) and a sign-in within the last 10 minutes "
                    + "(the token's auth_time; otherwise 403 recent-sign-in-required: sign in again and retry). From the answer on, "
                    + "the workspace is unusable for every member (404) and its encryption keys are destroyed; its rows are erased "
                    + "by a job whose progress GET /api/v1/workspaces/{workspaceId}/deletion shows. The owner is emailed a confirmation.")
    @APIResponse(responseCode = "202", description = "Accepted: the deletion runs",
            headers = @Header(name = "Location", description = "Where to follow the deletion", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WorkspaceDeletionResponse.class)))
    public Response delete(@PathParam("workspaceId") String workspaceId,
            @RequestBody(required = true) DeleteWorkspaceRequest body) {
        var actor = current.forDataRights(workspaceId);
        DeleteWorkspaceCommand command = new DeleteWorkspaceCommand(body == null ? null : body.confirmName(), current.caller().authTime());
        WorkspaceDeletionView v = delete.delete(actor, command);
        return Response.accepted(WorkspaceDeletionResponse.of(v))
                .location(uri.getBaseUriBuilder().path("api/v1/workspaces/{id}/deletion").build(v.workspaceId().toString())).build();
    }

    @GET
    @Path("{workspaceId}/deletion")
    @Access(Permission.WORKSPACE_DELETE)
    @Operation(operationId = "getWorkspaceDeletion", summary = "Where the workspace's deletion stands",
            description = "For the owner: state none while the workspace is in use; after DELETE, erasing (with each feature's "
                    + "progress) and then done. The person who asked for the deletion can read it until 30 days after it finished, "
                    + "although the workspace itself answers 404; anyone else gets 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WorkspaceDeletionResponse.class)))
    public WorkspaceDeletionResponse deletion(@PathParam("workspaceId") String workspaceId) {
        Caller caller = current.caller();
        var requested = deletion.findRequestedBy(caller, WorkspaceId.parse(workspaceId));
        if (requested.isPresent()) {
            return WorkspaceDeletionResponse.of(requested.get());
        }
        return WorkspaceDeletionResponse.of(deletion.get(current.forDataRights(workspaceId)));
    }
}
