package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.messaging.application.port.out.AttachmentFileStorePort;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/** Attachment files in the file store: the client is the data subject, so the client's file key encrypts them. */
@ApplicationScoped
public class AttachmentFiles implements AttachmentFileStorePort {
    @Inject
    FileStorePort store;

    @Override
    public void put(WorkspaceId workspaceId, ClientId clientId, UUID fileId, byte[] content) {
        try {
            store.put(DataSubject.client(workspaceId, clientId), new FileId(fileId), new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store attachment file " + fileId, e);
        }
    }

    @Override
    public Optional<InputStream> open(WorkspaceId workspaceId, ClientId clientId, UUID fileId) {
        try {
            return store.get(DataSubject.client(workspaceId, clientId), new FileId(fileId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read attachment file " + fileId, e);
        }
    }

    @Override
    public void delete(WorkspaceId workspaceId, ClientId clientId, UUID fileId) {
        try {
            store.delete(DataSubject.client(workspaceId, clientId), new FileId(fileId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete attachment file " + fileId, e);
        }
    }
}
