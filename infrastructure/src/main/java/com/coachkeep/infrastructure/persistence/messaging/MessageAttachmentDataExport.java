package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.persistence.shared.ClientFileExport;
import com.coachkeep.messaging.domain.Attachment;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Message attachments in an export: one CSV row per attachment (the message it was sent with, or none while unsent;
 * kind, type, size, who uploaded it and when) and each file as stored, decrypted into the archive: a PDF as uploaded,
 * an image re-encoded without metadata (thumbnails are not exported). In the client's export and in the workspace's.
 */
@ApplicationScoped
public class MessageAttachmentDataExport extends ClientFileExport<Attachment> {
    /** The feature's folder in the archive (the problem-catalogue test reads a literal first argument of super as a code). */
    static final String FEATURE = "message-attachments";

    public MessageAttachmentDataExport() {
        super(FEATURE, MessageAttachmentErasure.TABLES, "message_attachment", JpaAttachmentRepository.COLUMNS,
                "client_id, uploaded_at, id", "attachments.csv", List.of("id", "clientId", "messageId", "kind", "mediaType", "bytes",
                        "width", "height", "uploadedBy", "uploadedAt", "file"));
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
    protected Attachment row(WorkspaceId workspaceId, Object[] row) {
        return JpaAttachmentRepository.row(workspaceId, row);
    }

    @Override
    protected ClientFile file(Attachment a) {
        return new ClientFile(a.clientId(), a.id(), a.fileName());
    }

    @Override
    protected List<String> csvRow(Attachment a, String path) {
        return List.of(a.id().toString(), a.clientId().toString(), a.messageId() == null ? "" : a.messageId().toString(), a.kind().wireName(),
                a.mediaType(), Long.toString(a.sizeBytes()), a.width() == null ? "" : a.width().toString(),
                a.height() == null ? "" : a.height().toString(), a.uploadedBy().value().toString(), a.uploadedAt().toString(), path);
    }
}
