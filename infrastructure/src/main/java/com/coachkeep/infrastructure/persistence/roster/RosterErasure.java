package com.coachkeep.infrastructure.persistence.roster;

import com.coachkeep.infrastructure.persistence.shared.BatchDelete;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.privacy.domain.DataSubject;
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
 * The roster's part of erasure: coach notes, then clients with their stored files. Runs after the invitations
 * (which point at clients) and before the memberships (which clients point at, as their coach).
 */
@ApplicationScoped
public class RosterErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("client", "coach_note");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FileStorePort files;

    @Override
    public String feature() {
        return "roster";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        int notes = BatchDelete.from(em, "coach_note", workspaceId, batchSize);
        if (notes > 0) {
            return notes;
        }
        List<?> ids = em.createNativeQuery("select id::text from client where workspace_id = ?1 order by id limit ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, batchSize).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        int clients = BatchDelete.from(em, "client", workspaceId, batchSize);
        for (Object id : ids) {
            deleteFiles(workspaceId, new ClientId(UUID.fromString((String) id)));
        }
        return clients;
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        int notes = em.createNativeQuery("delete from coach_note where workspace_id = ?1 and client_id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).executeUpdate();
        int clients = em.createNativeQuery("delete from client where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).executeUpdate();
        deleteFiles(workspaceId, clientId);
        return notes + clients;
    }

    private void deleteFiles(WorkspaceId workspaceId, ClientId clientId) {
        try {
            files.deleteAll(DataSubject.client(workspaceId, clientId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
