package com.coachkeep.infrastructure.rest.workspace;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Idempotency;
import com.coachkeep.infrastructure.rest.shared.PageResponse;
import com.coachkeep.infrastructure.rest.shared.Paging;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.ChangeStaffRoleRequest;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.InvitationResponse;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.InviteStaffRequest;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.StaffMemberResponse;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.workspace.application.port.in.ChangeStaffRoleCommand;
import com.coachkeep.workspace.application.port.in.ChangeStaffRoleUseCase;
import com.coachkeep.workspace.application.port.in.InvitationView;
import com.coachkeep.workspace.application.port.in.InviteStaffCommand;
import com.coachkeep.workspace.application.port.in.InviteStaffUseCase;
import com.coachkeep.workspace.application.port.in.ListStaffUseCase;
import com.coachkeep.workspace.application.port.in.RemoveStaffUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workspaces/{workspaceId}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class StaffResource {
    @Inject
    CurrentCaller current;
    @Inject
    Idempotency idempotency;
    @Inject
    ListStaffUseCase list;
    @Inject
    InviteStaffUseCase invite;
    @Inject
    ChangeStaffRoleUseCase changeRole;
    @Inject
    RemoveStaffUseCase remove;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(Permission.STAFF_READ)
    @Operation(operationId = "listStaff", summary = "The workspace's staff: owner, coaches and assistants")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StaffPage.class)))
    public PageResponse<StaffMemberResponse> list(
            @Parameter(description = "Page size, 1 to 100 (default 25)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Actor actor = current.in(workspaceId);
        return PageResponse.of(list.listStaff(actor, Paging.of(limit, cursor)), StaffMemberResponse::of);
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.STAFF_MANAGE)
    @Operation(operationId = "inviteStaff", summary = "Invite a coach or an assistant by email",
            description = "Emails a single-use link valid for 7 days. It is accepted by a signed-in person whose verified email matches.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
    public Response invite(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true) InviteStaffRequest body) {
        JsonBodyReader.required(body);
        Actor actor = current.in(workspaceId);
        return idempotency.run(current.caller(), idempotencyKey, "inviteStaff:" + workspaceId, body, Idempotency.Owner.workspace(workspaceId), () -> {
            InvitationView v = invite.invite(actor, InviteStaffCommand.of(body.email(), body.role()));
            return Response.status(Response.Status.CREATED).entity(InvitationResponse.of(v)).build();
        });
    }

    @PATCH
    @Path("{membershipId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Access(Permission.STAFF_MANAGE)
    @Operation(operationId = "changeStaffRole", summary = "Make a staff member a coach, an assistant, or give them a custom role (owner only)",
            description = "{\"role\": \"custom\", \"customRoleId\": \"…\"} gives a custom role of this workspace; its permissions apply from the member's next request.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StaffMemberResponse.class)))
    public StaffMemberResponse changeRole(@PathParam("membershipId") String membershipId,
            @RequestBody(required = true) ChangeStaffRoleRequest body) {
        JsonBodyReader.required(body);
        Actor actor = current.in(workspaceId);
        return StaffMemberResponse.of(changeRole.changeRole(actor, ChangeStaffRoleCommand.of(MembershipId.parse(membershipId), body.role(), body.customRoleId())));
    }

    @DELETE
    @Path("{membershipId}")
    @Access(Permission.STAFF_MANAGE)
    @Operation(operationId = "removeStaff", summary = "Remove a staff member (owner only)",
            description = "Their access ends on their very next request.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("membershipId") String membershipId) {
        Actor actor = current.in(workspaceId);
        remove.remove(actor, MembershipId.parse(membershipId));
        return Response.noContent().build();
    }

    @Schema(name = "StaffPage")
    public record StaffPage(java.util.List<StaffMemberResponse> items, String nextCursor) {
    }
}
