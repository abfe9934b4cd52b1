package com.coachkeep.infrastructure.persistence.privacy;

import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.privacy.application.port.out.SubjectKeyPort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The privacy context's part of erasure: data keys are destroyed, never deleted (a destroyed key's marker stays so
 * that no new key is ever made for the subject; the restore drill relies on it), and the workspace's own files go.
 * The deletion request already destroyed every key of the workspace; this makes sure of it (keys made by a request
 * that raced the deletion) and removes the workspace subject's files. Clients' files go with their records.
 */
@ApplicationScoped
public class DataKeyErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("keystore.data_key");

    @Inject
    SubjectKeyPort keys;
    @Inject
    FileStorePort files;

    @Override
    public String feature() {
        return "keys";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        try {
            return keys.destroyWorkspace(workspaceId) + files.deleteAll(DataSubject.workspace(workspaceId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        keys.destroy(DataSubject.client(workspaceId, clientId));
        return 0;
    }
}
