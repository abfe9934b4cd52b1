package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.persistence.shared.ClientFiles;
import com.coachkeep.messaging.application.port.out.AttachmentFileStorePort;
import jakarta.enterprise.context.ApplicationScoped;

/** Attachment files in the file store: the client is the data subject, so the client's file key encrypts them. */
@ApplicationScoped
public class AttachmentFiles extends ClientFiles implements AttachmentFileStorePort {
    public AttachmentFiles() {
        super("attachment");
    }
}
