package com.coachkeep.messaging.application.port.in;

import com.coachkeep.messaging.domain.Attachment;
import com.coachkeep.messaging.domain.Message;
import java.util.List;

/** A message as its readers see it, with its attachments in order; a deleted one carries no text and no attachment. */
public record MessageView(Message message, List<Attachment> attachments) {
    public MessageView {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A message without attachments. */
    public MessageView(Message message) {
        this(message, List.of());
    }
}
