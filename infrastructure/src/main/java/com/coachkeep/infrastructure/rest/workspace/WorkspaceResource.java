package com.coachkeep.infrastructure.rest.workspace;

import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Etags;
import com.coachkeep.infrastructure.rest.shared.Idempotency;
import com.coachkeep.infrastructure.rest.shared.MergePatch;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.CreateWorkspaceRequest;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.UpdateWorkspaceRequest;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.WorkspaceResponse;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.domain.InvalidInputException;
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
    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
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
        if (body == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        Caller caller = current.caller();
        return idempotency.run(caller, idempotencyKey, "createWorkspace", body, () -> {
            WorkspaceView v = create.create(caller, CreateWorkspaceCommand.of(body.name(), body.timezone(), body.currency(),
                    body.locale(), body.brandColor()));
            return Response.created(uri.getBaseUriBuilder().path("api/v1/workspaces/{id}").build(v.id().toString()))
                    .header(HttpHeaders.ETAG, Etags.of(v.version())).entity(WorkspaceResponse.of(v)).build();
        });
    }

    @GET
    @Path("{workspaceId}")
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
}
