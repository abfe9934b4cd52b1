package com.coachkeep.infrastructure.rest.workspace;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Etags;
import com.coachkeep.infrastructure.rest.shared.Idempotency;
import com.coachkeep.infrastructure.rest.shared.MergePatch;
import com.coachkeep.infrastructure.rest.shared.PageResponse;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.CreateRoleRequest;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.RoleList;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.RoleResponse;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.UpdateRoleRequest;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.workspace.application.port.in.CreateCustomRoleCommand;
import com.coachkeep.workspace.application.port.in.CreateCustomRoleUseCase;
import com.coachkeep.workspace.application.port.in.DeleteCustomRoleUseCase;
import com.coachkeep.workspace.application.port.in.GetRoleUseCase;
import com.coachkeep.workspace.application.port.in.ListRolesUseCase;
import com.coachkeep.workspace.application.port.in.RoleView;
import com.coachkeep.workspace.application.port.in.UpdateCustomRoleCommand;
import com.coachkeep.workspace.application.port.in.UpdateCustomRoleUseCase;
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

/** The workspace's roles: built-in ones to read, custom permission sets the owner defines and gives to staff. */
@Path("/api/v1/workspaces/{workspaceId}/roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roles")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class RoleResource {
    private static final Set<String> PATCHABLE = Set.of("name", "permissions");

    @Inject
    CurrentCaller current;
    @Inject
    Idempotency idempotency;
    @Inject
    ListRolesUseCase list;
    @Inject
    GetRoleUseCase get;
    @Inject
    CreateCustomRoleUseCase create;
    @Inject
    UpdateCustomRoleUseCase update;
    @Inject
    DeleteCustomRoleUseCase delete;
    @Context
    UriInfo uri;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(Permission.ROLES_MANAGE)
    @Operation(operationId = "listRoles", summary = "The built-in roles, then the custom roles by name, each with its permissions (owner only)",
            description = "A workspace has at most 50 custom roles, so the list always fits one page (nextCursor is null).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoleList.class)))
    public PageResponse<RoleResponse> list() {
        Actor actor = current.in(workspaceId);
        return new PageResponse<>(list.listRoles(actor).stream().map(RoleResponse::of).toList(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.ROLES_MANAGE)
    @Operation(operationId = "createRole", summary = "Define a custom role (owner only)",
            description = "A name (1 to 60 characters, unique in the workspace ignoring case, not a built-in role's) and at "
                    + "least one staff permission. Owner-only permissions and clients' own permissions cannot be granted.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = RoleResponse.class)))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key returns the first result")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true) CreateRoleRequest body) {
        JsonBodyReader.required(body);
        Actor actor = current.in(workspaceId);
        return idempotency.run(current.caller(), idempotencyKey, "createRole:" + workspaceId, body, Idempotency.Owner.workspace(workspaceId), () -> {
            RoleView v = create.createRole(actor, CreateCustomRoleCommand.of(body.name(), body.permissions()));
            return Response.created(uri.getBaseUriBuilder().path("api/v1/workspaces/{w}/roles/{r}").build(workspaceId, v.id()))
                    .header(HttpHeaders.ETAG, Etags.of(v.version())).entity(RoleResponse.of(v)).build();
        });
    }

    @GET
    @Path("{roleId}")
    @Access(Permission.ROLES_MANAGE)
    @Operation(operationId = "getRole", summary = "One role: a built-in one by name (coach) or a custom one by id (owner only)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoleResponse.class)))
    public Response get(@PathParam("roleId") String roleId) {
        RoleView v = get.getRole(current.in(workspaceId), roleId);
        return Response.ok(RoleResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.version())).build();
    }

    @PATCH
    @Path("{roleId}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Access(Permission.ROLES_MANAGE)
    @Operation(operationId = "updateRole", summary = "Rename a custom role or change its permissions (owner only)",
            description = "A JSON merge patch; permissions, when sent, replace the whole set. Staff holding the role have the "
                    + "new permissions from their next request on. Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoleResponse.class)))
    public Response update(@PathParam("roleId") String roleId,
            @Parameter(description = "The ETag last read; 412 when the role changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UpdateRoleRequest.class))) JsonObject body) {
        Actor actor = current.in(workspaceId);
        MergePatch patch = new MergePatch(body, PATCHABLE);
        var name = patch.text("name", false);
        var permissions = patch.textList("permissions");
        patch.throwIfInvalid();
        RoleView v = update.updateRole(actor, UpdateCustomRoleCommand.of(roleId, name, permissions, Etags.expectedVersion(ifMatch)));
        return Response.ok(RoleResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.version())).build();
    }

    @DELETE
    @Path("{roleId}")
    @Access(Permission.ROLES_MANAGE)
    @Operation(operationId = "deleteRole", summary = "Delete a custom role no staff member holds (owner only)",
            description = "409 role-in-use while a staff member still holds it: give them another role first.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("roleId") String roleId) {
        delete.deleteRole(current.in(workspaceId), roleId);
        return Response.noContent().build();
    }
}
