package com.coachkeep.infrastructure.rest.privacy;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.infrastructure.rest.privacy.ExportDtos.ExportResponse;
import com.coachkeep.infrastructure.rest.shared.Idempotency;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.privacy.application.port.in.RequestExportUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

/** A client's export of their own data. */
@Path("/api/v1/workspaces/{workspaceId}/clients/me/exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data export")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class OwnExportResource extends ExportRequests {
    @POST
    @Access(Permission.SELF_EXPORT)
    @Operation(operationId = "createOwnExport", summary = "Export your own data in this workspace as a ZIP archive (clients)",
            description = "Your client record, your coach's notes about you and your email preferences. Poll the export at Location "
                    + "(GET …/exports/{exportId}). At most 3 exports per person and workspace in any 24 hours.")
    @APIResponse(responseCode = "202", description = "Accepted: the export is queued",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ExportResponse.class)))
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return start(idempotencyKey, "createOwnExport", RequestExportUseCase::requestOwnExport);
    }
}
