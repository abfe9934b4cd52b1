package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.messaging.domain.Attachment;
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
 * Message attachments in an export: one CSV row per attachment (the message it was sent with, or none while unsent;
 * kind, type, size, who uploaded it and when) and each file as stored, decrypted into the archive: a PDF as uploaded,
 * an image re-encoded without metadata (thumbnails are not exported). In the client's export and in the workspace's.
 */
@ApplicationScoped
public class MessageAttachmentDataExport implements PersonalDataExportPort {
    static final int PAGE = 200;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "message-attachments";
    }

    @Override
    public List<String> tables() {
        return MessageAttachmentErasure.TABLES;
    }

    @Override
    public String readme() {
        return """
                    attachments.csv           files attached to messages: id, client, message (empty while not sent),
                                              kind (image or pdf), type, size, who uploaded it and when
                    <client>/<id>.<type>      each file (.jpg, .png or .pdf): a PDF as it was sent, an image re-encoded
                                              on upload, without EXIF, GPS or other metadata""";
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
        List<Attachment> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Attachment> page = page(workspaceId, only, offset);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        Iterator<List<String>> rows = all.stream().map(a -> List.of(a.id().toString(), a.clientId().toString(),
                a.messageId() == null ? "" : a.messageId().toString(), a.kind().wireName(), a.mediaType(), Long.toString(a.sizeBytes()),
                a.width() == null ? "" : a.width().toString(), a.height() == null ? "" : a.height().toString(),
                a.uploadedBy().value().toString(), a.uploadedAt().toString(), path(a))).iterator();
        archive.csv("attachments.csv", List.of("id", "clientId", "messageId", "kind", "mediaType", "bytes", "width", "height", "uploadedBy",
                "uploadedAt", "file"), rows);
        for (Attachment a : all) {
            archive.file(path(a), DataSubject.client(workspaceId, a.clientId()), new FileId(a.id()));
        }
    }

    private static String path(Attachment a) {
        return a.clientId() + "/" + a.fileName();
    }

    @SuppressWarnings("unchecked")
    private List<Attachment> page(WorkspaceId workspaceId, ClientId only, int offset) {
        tenant.workspace(workspaceId);
        var q = em.createNativeQuery("select " + JpaAttachmentRepository.COLUMNS + " from message_attachment where workspace_id = ?1"
                + (only == null ? "" : " and client_id = ?4") + " order by client_id, uploaded_at, id limit ?2 offset ?3")
                .setParameter(1, workspaceId.value()).setParameter(2, PAGE).setParameter(3, offset);
        if (only != null) {
            q.setParameter(4, only.value());
        }
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> JpaAttachmentRepository.row(workspaceId, r)).toList();
    }
}
