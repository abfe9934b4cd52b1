package com.coachkeep.infrastructure.rest.privacy;

import com.coachkeep.privacy.application.port.in.ExportView;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the export resources. */
public final class ExportDtos {
    private ExportDtos() {
    }

    @Schema(name = "Export", description = "A data export: the job, its progress per feature and, once ready, a download link")
    public record ExportResponse(String id,
            @Schema(enumeration = {"workspace", "client"}, description = "The whole workspace (owner) or the calling client's own data") String scope,
            @Schema(enumeration = {"queued", "running", "ready", "failed", "expired"}) String state,
            @Schema(description = "Per feature: pending, running or done") Map<String, String> progress,
            Instant createdAt,
            @Schema(description = "When it became ready or failed") Instant finishedAt,
            @Schema(description = "When the archive is deleted (ready exports)") Instant expiresAt,
            @Schema(description = "The archive's size in bytes (ready exports)") Long sizeBytes,
            @Schema(description = "While ready: a link for the same signed-in person, valid about 15 minutes; each read of the export issues a new one and ends the previous one") Download download) {
        /** 202 Accepted: the queued export, and at {@code Location} where to poll it (both kinds of export are read there). */
        static Response accepted(ExportView v, UriInfo uri) {
            return Response.accepted(of(v, uri))
                    .location(uri.getBaseUriBuilder().path("api/v1/workspaces/{w}/exports/{e}").build(v.workspaceId(), v.id())).build();
        }

        static ExportResponse of(ExportView v, UriInfo uri) {
            Download download = v.downloadToken() == null ? null
                    : new Download(uri.getBaseUriBuilder().path("api/v1/exports/{id}/download").queryParam("token", v.downloadToken())
                            .build(v.id()), v.downloadExpiresAt());
            return new ExportResponse(v.id(), v.scope(), v.state(), v.progress(), v.createdAt(), v.finishedAt(), v.expiresAt(),
                    v.sizeBytes(), download);
        }
    }

    @Schema(name = "ExportDownload")
    public record Download(URI url, Instant expiresAt) {
    }
}
