package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Message attachments' part of erasure: every attachment is a client's, so its files (the file, an image's thumbnail)
 * leave the file store and its row the table, with the client and with the workspace, before the messages they point
 * at. Files go first, in the same transaction as the rows: a failed file deletion rolls the rows back, so the next
 * attempt finds them again (the client's destroyed key makes any copy in a backup unreadable besides).
 */
@ApplicationScoped
public class MessageAttachmentErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("message_attachment");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FileStorePort files;

    @Override
    public String feature() {
        return "message-attachments";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public Set<String> pointsAt() {
        return Set.of("messaging", "roster", WORKSPACE);
    }

    @Override
    @SuppressWarnings("unchecked")
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select id, client_id, thumbnail_file_id from message_attachment where workspace_id = ?1 "
                        + "limit ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, batchSize).getResultList();
        rows.forEach(r -> erase(workspaceId, r));
        return rows.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select id, client_id, thumbnail_file_id from message_attachment where workspace_id = ?1 "
                        + "and client_id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        rows.forEach(r -> erase(workspaceId, r));
        return rows.size();
    }

    private void erase(WorkspaceId workspaceId, Object[] r) {
        DataSubject owner = DataSubject.client(workspaceId, new ClientId(Rows.uuid(r[1])));
        try {
            files.delete(owner, new FileId(Rows.uuid(r[0])));
            if (r[2] != null) {
                files.delete(owner, new FileId(Rows.uuid(r[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the files of attachment " + r[0], e);
        }
        em.createNativeQuery("delete from message_attachment where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, Rows.uuid(r[0])).executeUpdate();
    }
}
