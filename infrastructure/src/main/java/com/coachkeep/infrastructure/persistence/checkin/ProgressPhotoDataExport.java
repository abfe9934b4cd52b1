package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.domain.ProgressPhoto;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Progress photos in an export: one CSV row per photo (pose, day, size, whether it is hidden from staff) and the photo
 * itself at its original resolution as stored, that is re-encoded without any metadata, decrypted into the archive.
 * Thumbnails are not exported (they are smaller copies of the same pixels). Photos hidden from staff are in the
 * client's own export and in the owner's (the owner's export is the business's record of its data, see
 * docs/photos.md).
 */
@ApplicationScoped
public class ProgressPhotoDataExport implements PersonalDataExportPort {
    static final int PAGE = 200;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "progress-photos";
    }

    @Override
    public List<String> tables() {
        return ProgressPhotoErasure.TABLES;
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
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        export(workspaceId, null, archive);
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        export(workspaceId, clientId, archive);
    }

    private void export(WorkspaceId workspaceId, ClientId only, ExportArchivePort archive) {
        List<ProgressPhoto> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<ProgressPhoto> page = page(workspaceId, only, offset);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        Iterator<List<String>> rows = all.stream().map(p -> List.of(p.id().toString(), p.clientId().toString(), p.pose().wireName(),
                p.takenOn().toString(), Integer.toString(p.width()), Integer.toString(p.height()), Long.toString(p.sizeBytes()),
                p.mediaType(), Boolean.toString(p.hiddenFromStaff()), p.uploadedBy().value().toString(), p.uploadedAt().toString(),
                path(p))).iterator();
        archive.csv("photos.csv", List.of("id", "clientId", "pose", "takenOn", "width", "height", "bytes", "mediaType", "hiddenFromStaff",
                "uploadedBy", "uploadedAt", "file"), rows);
        for (ProgressPhoto p : all) {
            archive.file(path(p), DataSubject.client(workspaceId, p.clientId()), new FileId(p.id().value()));
        }
    }

    private static String path(ProgressPhoto p) {
        return p.clientId() + "/" + p.id() + (p.mediaType().equals("image/png") ? ".png" : ".jpg");
    }

    @SuppressWarnings("unchecked")
    private List<ProgressPhoto> page(WorkspaceId workspaceId, ClientId only, int offset) {
        tenant.workspace(workspaceId);
        var q = em.createNativeQuery("select " + JpaProgressPhotoRepository.COLUMNS + " from progress_photo where workspace_id = ?1"
                + (only == null ? "" : " and client_id = ?4") + " order by client_id, taken_on, uploaded_at, id limit ?2 offset ?3")
                .setParameter(1, workspaceId.value()).setParameter(2, PAGE).setParameter(3, offset);
        if (only != null) {
            q.setParameter(4, only.value());
        }
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> JpaProgressPhotoRepository.row(workspaceId, r)).toList();
    }
}
