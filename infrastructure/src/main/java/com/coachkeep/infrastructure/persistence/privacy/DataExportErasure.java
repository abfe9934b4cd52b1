package com.coachkeep.infrastructure.persistence.privacy;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
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
import java.util.UUID;

/**
 * The export feature's part of erasure: export records and their archives. The archives are already unreadable once
 * the subject's keys are destroyed; they are deleted from the file store as well, and their records with them (a
 * record names who asked, and it must go before its workspace).
 */
@ApplicationScoped
public class DataExportErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("data_export");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FileStorePort files;

    @Override
    public String feature() {
        return "exports";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    @SuppressWarnings("unchecked")
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select id, scope, client_id::text, file_id::text from data_export "
                + "where workspace_id = ?1 limit ?2").setParameter(1, workspaceId.value()).setParameter(2, batchSize).getResultList();
        for (Object[] r : rows) {
            deleteArchive(workspaceId, (String) r[1], (String) r[2], (String) r[3]);
            em.createNativeQuery("delete from data_export where workspace_id = ?1 and id = ?2")
                    .setParameter(1, workspaceId.value()).setParameter(2, r[0]).executeUpdate();
        }
        return rows.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select id, scope, client_id::text, file_id::text from data_export "
                + "where workspace_id = ?1 and client_id = ?2").setParameter(1, workspaceId.value()).setParameter(2, clientId.value())
                .getResultList();
        for (Object[] r : rows) {
            deleteArchive(workspaceId, (String) r[1], (String) r[2], (String) r[3]);
        }
        return em.createNativeQuery("delete from data_export where workspace_id = ?1 and client_id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).executeUpdate();
    }

    private void deleteArchive(WorkspaceId workspaceId, String scope, String clientId, String fileId) {
        DataSubject owner = "CLIENT".equals(scope)
                ? DataSubject.client(workspaceId, new ClientId(UUID.fromString(clientId)))
                : DataSubject.workspace(workspaceId);
        try {
            files.delete(owner, new FileId(UUID.fromString(fileId)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete an export archive of " + workspaceId, e);
        }
    }
}
