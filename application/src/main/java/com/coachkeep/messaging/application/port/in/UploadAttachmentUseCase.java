package com.coachkeep.messaging.application.port.in;

import com.coachkeep.messaging.domain.Attachment;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/**
 * Uploads a file to attach to one's next message in a client's conversation (whoever may write there): an image goes
 * through the shared image pipeline, a PDF is checked by its bytes, anything else is refused; nothing refused is stored.
 * The attachment stays unsent, seen by its uploader alone, until a message names it.
 */
public interface UploadAttachmentUseCase {
    Attachment upload(Actor actor, ClientId clientId, byte[] content);
}
