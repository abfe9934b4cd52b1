package com.coachkeep.checkin.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A client's progress photo: what is known about it besides its pixels, which live only in the file store, encrypted
 * under the client's file key (the full-resolution copy under the photo's id, the thumbnail under its own id).
 *
 * @param takenOn         the day in the client's calendar the photo shows
 * @param hiddenFromStaff the client's choice: staff neither list nor open it (the client still does)
 */
public record ProgressPhoto(PhotoId id, WorkspaceId workspaceId, ClientId clientId, PhotoPose pose, LocalDate takenOn,
        String mediaType, int width, int height, long sizeBytes, UUID thumbnailFileId, String thumbnailMediaType,
        int thumbnailWidth, int thumbnailHeight, boolean hiddenFromStaff, PersonId uploadedBy, Instant uploadedAt) {
    public ProgressPhoto {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(pose, "pose");
        Objects.requireNonNull(takenOn, "takenOn");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(thumbnailFileId, "thumbnailFileId");
        Objects.requireNonNull(thumbnailMediaType, "thumbnailMediaType");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /** The file of this variant in the file store. */
    public UUID fileId(PhotoVariant variant) {
        return variant == PhotoVariant.FULL ? id.value() : thumbnailFileId;
    }

    public String mediaType(PhotoVariant variant) {
        return variant == PhotoVariant.FULL ? mediaType : thumbnailMediaType;
    }

    public ProgressPhoto hidden(boolean hidden) {
        return new ProgressPhoto(id, workspaceId, clientId, pose, takenOn, mediaType, width, height, sizeBytes, thumbnailFileId,
                thumbnailMediaType, thumbnailWidth, thumbnailHeight, hidden, uploadedBy, uploadedAt);
    }
}
