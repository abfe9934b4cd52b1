package com.coachkeep.infrastructure.persistence.checkin;

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
 * Progress photos' part of erasure: every photo is a client's, so its files (full resolution and thumbnail) leave the
 * file store and its row the table, with the client and with the workspace. Files go first, in the same transaction as
 * the rows: a failed file deletion rolls the rows back, so the next attempt finds them again. (The client's destroyed
 * key makes any copy in a backup unreadable besides.)
 */
@ApplicationScoped
public class ProgressPhotoErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("progress_photo");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FileStorePort files;

    @Override
    public String feature() {
        return "progress-photos";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public Set<String> pointsAt() {
        return Set.of("roster", WORKSPACE);
    }

    @Override
    @SuppressWarnings("unchecked")
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select id, client_id, thumbnail_file_id from progress_photo where workspace_id = ?1 limit ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, batchSize).getResultList();
        for (Object[] r : rows) {
            erase(workspaceId, r);
        }
        return rows.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select id, client_id, thumbnail_file_id from progress_photo where workspace_id = ?1 "
                        + "and client_id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        for (Object[] r : rows) {
            erase(workspaceId, r);
        }
        return rows.size();
    }

    private void erase(WorkspaceId workspaceId, Object[] r) {
        DataSubject owner = DataSubject.client(workspaceId, new ClientId(Rows.uuid(r[1])));
        try {
            files.delete(owner, new FileId(Rows.uuid(r[0])));
            files.delete(owner, new FileId(Rows.uuid(r[2])));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the files of photo " + r[0], e);
        }
        em.createNativeQuery("delete from progress_photo where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, Rows.uuid(r[0])).executeUpdate();
    }
}
