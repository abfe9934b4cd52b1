package com.coachkeep.infrastructure.rest.support;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.PageResponse;
import com.coachkeep.infrastructure.rest.shared.Paging;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.infrastructure.rest.support.SupportGrantDtos.SupportGrantPage;
import com.coachkeep.infrastructure.rest.support.SupportGrantDtos.SupportGrantResponse;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.support.application.port.in.ListSupportGrantsUseCase;
import com.coachkeep.support.application.port.in.RevokeSupportGrantUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which Coachkeep support staff had access to the workspace's content, for those who read its audit log (the owner). */
@Path("/api/v1/workspaces/{workspaceId}/support-grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class SupportGrantResource {
    @Inject
    CurrentCaller current;
    @Inject
    ListSupportGrantsUseCase grants;
    @Inject
    RevokeSupportGrantUseCase revoke;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(Permission.AUDIT_READ)
    @Operation(operationId = "listSupportGrants", summary = "Support access to the workspace, newest first",
            description = "Every time-limited grant Coachkeep support asked for in this workspace: active, pending and past ones, with "
                    + "the staff member, reason, ticket, scope, times, the second person's approval of sensitive scopes, and how "
                    + "many views were made. What each view showed is in the audit trail (support.content_viewed). Needs the "
                    + "audit log permission (the owner).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SupportGrantPage.class)))
    public PageResponse<SupportGrantResponse> list(
            @Parameter(description = "Page size, 1 to 100 (default 25)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = Paging.of(limit, cursor);
        return PageResponse.of(grants.list(current.in(workspaceId), page), SupportGrantResponse::of);
    }

    @DELETE
    @Path("{grantId}")
    @Access(Permission.WORKSPACE_MANAGE)
    @Operation(operationId = "revokeSupportGrant", summary = "End a support grant at once",
            description = "The owner withdraws Coachkeep support's access to the workspace's content, pending or active, without "
                    + "asking support. The grant stays on record as revoked by the owner, and the audit trail records it "
                    + "(support.access_revoked_by_owner). A grant already over answers 409. Needs the permission to manage "
                    + "the workspace (the owner).")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = SupportGrantResponse.class)))
    public SupportGrantResponse revoke(@PathParam("grantId") String grantId) {
        return SupportGrantResponse.of(revoke.revoke(current.in(workspaceId), grantId));
    }
}
