package com.coachkeep.infrastructure.rest.privacy;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.privacy.application.port.in.DownloadExportUseCase;
import com.coachkeep.privacy.application.port.in.DownloadExportUseCase.ExportDownload;
import com.coachkeep.privacy.domain.ExportId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Downloads an export's archive through its current link, for the signed-in person who asked for it: the link alone
 * (without their token) or their token alone (without the link) downloads nothing. The archive is decrypted while it
 * streams out.
 */
@Path("/api/v1/exports")
@RequestScoped
@Tag(name = "Data export")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class ExportDownloadResource {
    @Inject
    CurrentCaller current;
    @Inject
    DownloadExportUseCase download;

    @GET
    @Path("{exportId}/download")
    @Produces({"application/zip", "application/json"})
    @Access(scope = Access.Scope.SECRET)
    @Operation(operationId = "downloadExport", summary = "Download a ready export's ZIP archive through its short-lived link",
            description = "Use the download.url of the export as the same signed-in person. A link that expired, was replaced by a newer "
                    + "one, or belongs to someone else answers 404.")
    @APIResponse(responseCode = "200", description = "The archive",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("exportId") String exportId,
            @Parameter(description = "The link's secret, from the export's download.url", required = true) @QueryParam("token") String token) {
        ExportDownload d = download.download(current.caller(), ExportId.parse(exportId), token);
        StreamingOutput body = out -> {
            try (InputStream in = d.content()) {
                in.transferTo(out);
            }
        };
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(body, "application/zip").header(HttpHeaders.CONTENT_LENGTH, d.size())
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"").cacheControl(noStore).build();
    }
}
