package com.coachkeep.infrastructure.rest.audit;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.audit.application.port.in.AuditEventsQuery;
import com.coachkeep.audit.application.port.in.ListAuditEventsUseCase;
import com.coachkeep.audit.application.port.in.VerifyAuditChainUseCase;
import com.coachkeep.infrastructure.rest.audit.AuditDtos.AuditEventPage;
import com.coachkeep.infrastructure.rest.audit.AuditDtos.AuditEventResponse;
import com.coachkeep.infrastructure.rest.audit.AuditDtos.VerificationResponse;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.PageResponse;
import com.coachkeep.infrastructure.rest.shared.Paging;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.shared.application.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** The workspace's audit trail, for its owner: who did what, when and why, and whether the record is intact. */
@Path("/api/v1/workspaces/{workspaceId}/audit-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class AuditEventResource {
    @Inject
    CurrentCaller current;
    @Inject
    ListAuditEventsUseCase list;
    @Inject
    VerifyAuditChainUseCase verify;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(Permission.AUDIT_READ)
    @Operation(operationId = "listAuditEvents", summary = "The workspace's audit trail, newest first",
            description = "Security-relevant events: staff and role changes, invitations, access revocations, denied requests, "
                    + "support access, deletions and exports. Owner only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditEventPage.class)))
    public PageResponse<AuditEventResponse> list(
            @Parameter(description = "Only events caused by this person (a person id)") @QueryParam("actor") String actor,
            @Parameter(description = "Only events of this kind (staff.role_changed) or family (staff)") @QueryParam("kind") String kind,
            @Parameter(description = "Only events at or after this time (RFC 3339)") @QueryParam("from") String from,
            @Parameter(description = "Only events before this time (RFC 3339)") @QueryParam("to") String to,
            @Parameter(description = "Page size, 1 to 100 (default 25)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        AuditEventsQuery query = AuditEventsQuery.of(actor, kind, from, to, Paging.of(limit, cursor));
        Actor a = current.in(workspaceId);
        return PageResponse.of(list.list(a, query), AuditEventResponse::of);
    }

    @GET
    @Path("/verification")
    @Access(Permission.AUDIT_READ)
    @Operation(operationId = "verifyAuditTrail", summary = "Check every link of the audit trail",
            description = "Recomputes every event's hash, follows the chain from the first event, and compares it with the latest "
                    + "checkpoint signed outside the database. Reports the first broken link. Owner only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VerificationResponse.class)))
    public VerificationResponse verification() {
        return VerificationResponse.of(verify.verify(current.in(workspaceId)));
    }
}
