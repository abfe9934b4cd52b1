package com.coachkeep.infrastructure.rest.privacy;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.infrastructure.rest.privacy.ExportDtos.ExportResponse;
import com.coachkeep.infrastructure.rest.shared.Idempotency;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.privacy.application.port.in.ExportView;
import com.coachkeep.privacy.application.port.in.GetExportUseCase;
import com.coachkeep.privacy.application.port.in.RequestExportUseCase;
import com.coachkeep.privacy.domain.ExportId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The owner's export of the whole workspace, and reading any export one asked for in the workspace. */
@Path("/api/v1/workspaces/{workspaceId}/exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data export")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class WorkspaceExportResource extends ExportRequests {
    @Inject
    GetExportUseCase get;

    @POST
    @Access(Permission.WORKSPACE_EXPORT)
    @Operation(operationId = "createWorkspaceExport", summary = "Export the whole workspace as a ZIP archive (owner only)",
            description = "Starts a background export and answers at once. Poll the export (Location) until it is ready; the requester "
                    + "is also emailed. At most 3 exports per person and workspace in any 24 hours (429 with Retry-After beyond).")
    @APIResponse(responseCode = "202", description = "Accepted: the export is queued",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ExportResponse.class)))
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return start(idempotencyKey, "createWorkspaceExport", RequestExportUseCase::requestWorkspaceExport);
    }

    @GET
    @Path("{exportId}")
    @Access(value = {Permission.WORKSPACE_EXPORT, Permission.SELF_EXPORT}, scope = Access.Scope.REQUESTER)
    @Operation(operationId = "getExport", summary = "An export you asked for: its state, progress and, once ready, a download link",
            description = "Visible only to the person who asked for it. While it is ready, every read issues a new download link "
                    + "(valid about 15 minutes) and ends the previous one.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExportResponse.class)))
    public Response get(@PathParam("exportId") String exportId) {
        ExportView v = get.get(current.forDataRights(workspaceId), ExportId.parse(exportId));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(ExportResponse.of(v, uri)).cacheControl(noStore).build();
    }
}
