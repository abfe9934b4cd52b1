package com.coachkeep.messaging.application.port.out;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Where attachments' files are kept: the file store, encrypted under the client's file key, in the client's own folder;
 * never a public path. Failures of the store surface as unchecked exceptions.
 */
public interface AttachmentFileStorePort {
    void put(WorkspaceId workspaceId, ClientId clientId, UUID fileId, byte[] content);

    /** The decrypting stream, or empty when there is no such file; the caller closes it. */
    Optional<InputStream> open(WorkspaceId workspaceId, ClientId clientId, UUID fileId);

    void delete(WorkspaceId workspaceId, ClientId clientId, UUID fileId);
}
