package com.coachkeep.messaging.application.port.in;

import com.coachkeep.messaging.domain.Message;

/** A message as its readers see it; a deleted one carries no text. */
public record MessageView(Message message) {
}
