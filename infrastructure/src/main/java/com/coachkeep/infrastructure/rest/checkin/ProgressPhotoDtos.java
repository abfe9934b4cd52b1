package com.coachkeep.infrastructure.rest.checkin;

import com.coachkeep.checkin.application.port.in.CompareProgressPhotosUseCase.PhotoComparison;
import com.coachkeep.checkin.application.port.in.CompareProgressPhotosUseCase.Side;
import com.coachkeep.checkin.domain.ProgressPhoto;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the progress photo resources. */
public final class ProgressPhotoDtos {
    private ProgressPhotoDtos() {
    }

    @Schema(name = "ProgressPhoto", description = "A progress photo: what is known about it; its pixels are served by content or a signed link")
    public record ProgressPhotoResponse(String id, String clientId,
            @Schema(enumeration = {"front", "side", "back", "custom"}) String pose,
            @Schema(description = "The day the photo shows", example = "2026-12-07") String takenOn,
            @Schema(description = "Of the stored copy (re-encoded without metadata)", enumeration = {"image/jpeg", "image/png"}) String mediaType,
            int width, int height, long bytes,
            @Schema(description = "Of the thumbnail") int thumbnailWidth, int thumbnailHeight,
            @Schema(description = "Hidden from staff by the client; only the client sees it") boolean hiddenFromStaff,
            String uploadedAt,
            @Schema(description = "Path of the authorized content endpoint (bearer token needed)") String contentPath) {
        static ProgressPhotoResponse of(ProgressPhoto p) {
            return new ProgressPhotoResponse(p.id().toString(), p.clientId().toString(), p.pose().wireName(), p.takenOn().toString(),
                    p.mediaType(), p.width(), p.height(), p.sizeBytes(), p.thumbnailWidth(), p.thumbnailHeight(), p.hiddenFromStaff(),
                    p.uploadedAt().toString(), "/api/v1/workspaces/" + p.workspaceId().value() + "/clients/" + p.clientId() + "/photos/"
                            + p.id() + "/content");
        }
    }

    @Schema(name = "ProgressPhotoList")
    public record ProgressPhotoList(List<ProgressPhotoResponse> items) {
    }

    @Schema(name = "ProgressPhotoVisibilityRequest")
    public record VisibilityRequest(
            @Schema(required = true, description = "true hides the photo from staff; false shows it to them again") Boolean hiddenFromStaff) {
    }

    @Schema(name = "ProgressPhotoLink", description = "A link for the signed-in person who asked for it, valid for at most 5 minutes")
    public record LinkResponse(@Schema(description = "GET it with the same bearer token") String url, String expiresAt) {
    }

    @Schema(name = "ProgressPhotoComparison", description = "Two photos of one pose side by side, each with that day's weight")
    public record ComparisonResponse(String pose, ComparisonSide before, ComparisonSide after) {
        static ComparisonResponse of(PhotoComparison c) {
            return new ComparisonResponse(c.pose().wireName(), ComparisonSide.of(c.before()), ComparisonSide.of(c.after()));
        }
    }

    @JsonbNillable
    @Schema(name = "ProgressPhotoComparisonSide")
    public record ComparisonSide(ProgressPhotoResponse photo,
            @Schema(description = "Bodyweight logged that day in kg; null when none was", nullable = true) BigDecimal weightKg) {
        static ComparisonSide of(Side s) {
            return new ComparisonSide(ProgressPhotoResponse.of(s.photo()), s.weightKg());
        }
    }
}
