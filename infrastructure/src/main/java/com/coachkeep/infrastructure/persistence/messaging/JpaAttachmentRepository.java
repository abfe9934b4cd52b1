package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.messaging.application.port.out.AttachmentRepository;
import com.coachkeep.messaging.domain.Attachment;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Message attachments' rows in SQL (their bytes are in the file store, {@link AttachmentFiles}). */
@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {
    static final String COLUMNS = "id, client_id, message_id, uploaded_by, kind, media_type, size_bytes, width, height, thumbnail_file_id, "
            + "thumbnail_media_type, uploaded_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(Attachment a) {
        tenant.workspace(a.workspaceId());
        em.createNativeQuery("insert into message_attachment (workspace_id, " + COLUMNS + ") values (?1, ?2, ?3, cast(?4 as uuid), ?5, ?6, "
                        + "?7, ?8, cast(?9 as integer), cast(?10 as integer), cast(?11 as uuid), ?12, ?13)")
                .setParameter(1, a.workspaceId().value()).setParameter(2, a.id()).setParameter(3, a.clientId().value())
                .setParameter(4, a.messageId() == null ? null : a.messageId().toString()).setParameter(5, a.uploadedBy().value())
                .setParameter(6, a.kind().name()).setParameter(7, a.mediaType()).setParameter(8, a.sizeBytes())
                .setParameter(9, a.width() == null ? null : a.width().toString())
                .setParameter(10, a.height() == null ? null : a.height().toString())
                .setParameter(11, a.thumbnailId() == null ? null : a.thumbnailId().toString())
                .setParameter(12, a.thumbnailMediaType()).setParameter(13, Persistence.toDb(a.uploadedAt()))
                .executeUpdate();
    }

    @Override
    public Optional<Attachment> find(WorkspaceId workspaceId, ClientId clientId, UUID id) {
        return select(workspaceId, "client_id = ?2 and id = ?3", "", clientId, id).stream().findFirst();
    }

    @Override
    public Map<UUID, List<Attachment>> ofMessages(WorkspaceId workspaceId, ClientId clientId, Collection<UUID> messageIds) {
        Map<UUID, List<Attachment>> out = new LinkedHashMap<>();
        if (messageIds.isEmpty()) {
            return out;
        }
        String ids = "{" + String.join(",", messageIds.stream().map(UUID::toString).toList()) + "}";
        for (Attachment a : select(workspaceId, "client_id = ?2 and message_id = any(cast(?3 as uuid[]))", " order by message_id, position",
                clientId, ids)) {
            out.computeIfAbsent(a.messageId(), k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    @Override
    public int attach(WorkspaceId workspaceId, ClientId clientId, UUID messageId, List<UUID> attachmentIds) {
        tenant.workspace(workspaceId);
        int attached = 0;
        for (int i = 0; i < attachmentIds.size(); i++) {
            attached += em.createNativeQuery("update message_attachment set message_id = ?4, position = ?5 where workspace_id = ?1 "
                            + "and client_id = ?2 and id = ?3 and message_id is null")
                    .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, attachmentIds.get(i))
                    .setParameter(4, messageId).setParameter(5, (short) i).executeUpdate();
        }
        return attached;
    }

    @Override
    public int unsent(WorkspaceId workspaceId, ClientId clientId, PersonId uploader) {
        tenant.workspace(workspaceId);
        return ((Number) em.createNativeQuery("select count(*) from message_attachment where workspace_id = ?1 and client_id = ?2 "
                        + "and uploaded_by = ?3 and message_id is null")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, uploader.value()).getSingleResult())
                .intValue();
    }

    @Override
    public List<Attachment> deleteUnsentBefore(WorkspaceId workspaceId, ClientId clientId, PersonId uploader, Instant before) {
        return delete(workspaceId, "client_id = ?2 and uploaded_by = ?3 and message_id is null and uploaded_at < ?4", clientId,
                uploader.value(), Persistence.toDb(before));
    }

    @Override
    public List<Attachment> deleteOfMessage(WorkspaceId workspaceId, ClientId clientId, UUID messageId) {
        return delete(workspaceId, "client_id = ?2 and message_id = ?3", clientId, messageId);
    }

    @SuppressWarnings("unchecked")
    private List<Attachment> delete(WorkspaceId workspaceId, String where, ClientId clientId, Object... more) {
        tenant.workspace(workspaceId);
        var q = em.createNativeQuery("delete from message_attachment where workspace_id = ?1 and " + where + " returning " + COLUMNS)
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value());
        for (int i = 0; i < more.length; i++) {
            q.setParameter(3 + i, more[i]);
        }
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> row(workspaceId, r)).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Attachment> select(WorkspaceId workspaceId, String where, String order, ClientId clientId, Object... more) {
        tenant.workspace(workspaceId);
        var q = em.createNativeQuery("select " + COLUMNS + " from message_attachment where workspace_id = ?1 and " + where + order)
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value());
        for (int i = 0; i < more.length; i++) {
            q.setParameter(3 + i, more[i]);
        }
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> row(workspaceId, r)).toList();
    }

    static Attachment row(WorkspaceId workspaceId, Object[] r) {
        return new Attachment(Rows.uuid(r[0]), workspaceId, new ClientId(Rows.uuid(r[1])), new PersonId(Rows.uuid(r[3])),
                r[2] == null ? null : Rows.uuid(r[2]), Attachment.Kind.valueOf(Rows.text(r[4])), Rows.text(r[5]), ((Number) r[6]).longValue(),
                r[7] == null ? null : ((Number) r[7]).intValue(), r[8] == null ? null : ((Number) r[8]).intValue(),
                r[9] == null ? null : Rows.uuid(r[9]), Rows.text(r[10]), Rows.instant(r[11]));
    }
}
