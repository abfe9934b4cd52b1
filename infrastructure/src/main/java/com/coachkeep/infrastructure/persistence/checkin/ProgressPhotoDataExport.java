package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.domain.ProgressPhoto;
import com.coachkeep.infrastructure.persistence.shared.ClientFileExport;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Progress photos in an export: one CSV row per photo (pose, day, size, whether it is hidden from staff) and the photo
 * itself at its original resolution as stored, that is re-encoded without any metadata, decrypted into the archive.
 * Thumbnails are not exported (they are smaller copies of the same pixels). Photos hidden from staff are in the
 * client's own export and in the owner's (the owner's export is the business's record of its data, see
 * docs/photos.md).
 */
@ApplicationScoped
public class ProgressPhotoDataExport extends ClientFileExport<ProgressPhoto> {
    /** The feature's folder in the archive (the problem-catalogue test reads a literal first argument of super as a code). */
    static final String FEATURE = "progress-photos";

    public ProgressPhotoDataExport() {
        super(FEATURE, ProgressPhotoErasure.TABLES, "progress_photo", JpaProgressPhotoRepository.COLUMNS,
                "client_id, taken_on, uploaded_at, id", "photos.csv", List.of("id", "clientId", "pose", "takenOn", "width", "height", "bytes",
                        "mediaType", "hiddenFromStaff", "uploadedBy", "uploadedAt", "file"));
    }

    @Override
    public String readme() {
        return """
                    photos.csv                progress photos: id, client, pose, day shown, size in pixels and bytes,
                                              whether the client hid it from staff, who uploaded it and when
                    <client>/<id>.jpg|.png    each photo at its original resolution, re-encoded on upload: it carries no
                                              EXIF, GPS, XMP or other metadata of the file the client sent""";
    }

    @Override
    protected ProgressPhoto row(WorkspaceId workspaceId, Object[] row) {
        return JpaProgressPhotoRepository.row(workspaceId, row);
    }

    @Override
    protected ClientFile file(ProgressPhoto p) {
        return new ClientFile(p.clientId(), p.id().value(), p.id() + (p.mediaType().equals("image/png") ? ".png" : ".jpg"));
    }

    @Override
    protected List<String> csvRow(ProgressPhoto p, String path) {
        return List.of(p.id().toString(), p.clientId().toString(), p.pose().wireName(), p.takenOn().toString(), Integer.toString(p.width()),
                Integer.toString(p.height()), Long.toString(p.sizeBytes()), p.mediaType(), Boolean.toString(p.hiddenFromStaff()),
                p.uploadedBy().value().toString(), p.uploadedAt().toString(), path);
    }
}
