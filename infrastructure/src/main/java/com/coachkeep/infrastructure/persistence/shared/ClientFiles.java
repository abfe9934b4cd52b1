package com.coachkeep.infrastructure.persistence.shared;

import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/**
 * A feature's files about a client in the file store (a progress photo's copies, a message attachment and its
 * thumbnail): the client is the data subject, so the client's file key encrypts them and they go with the client's
 * erasure. A feature's file port is this class under the feature's name; failures of the store surface as unchecked
 * exceptions naming the kind of file.
 */
public abstract class ClientFiles {
    @Inject
    protected FileStorePort store;

    private final String kind;

    /** @param kind what the files are, for messages ({@code "photo"}, {@code "attachment"}) */
    protected ClientFiles(String kind) {
        this.kind = kind;
    }

    public void put(WorkspaceId workspaceId, ClientId clientId, UUID fileId, byte[] content) {
        try {
            store.put(DataSubject.client(workspaceId, clientId), new FileId(fileId), new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + kind + " file " + fileId, e);
        }
    }

    /** The decrypting stream, or empty when there is no such file; the caller closes it. */
    public Optional<InputStream> open(WorkspaceId workspaceId, ClientId clientId, UUID fileId) {
        try {
            return store.get(DataSubject.client(workspaceId, clientId), new FileId(fileId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + kind + " file " + fileId, e);
        }
    }

    public void delete(WorkspaceId workspaceId, ClientId clientId, UUID fileId) {
        try {
            store.delete(DataSubject.client(workspaceId, clientId), new FileId(fileId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + kind + " file " + fileId, e);
        }
    }
}
