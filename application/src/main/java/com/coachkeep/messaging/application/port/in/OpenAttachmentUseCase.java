package com.coachkeep.messaging.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.UUID;

/**
 * Opens an attachment's stored file for a reader of the conversation (an unsent one for its uploader alone); access is
 * checked again on every call.
 */
public interface OpenAttachmentUseCase {
    /** @param variant full (the default, when null) or thumbnail (images only) */
    AttachmentContent open(Actor actor, ClientId clientId, UUID attachmentId, String variant);
}
