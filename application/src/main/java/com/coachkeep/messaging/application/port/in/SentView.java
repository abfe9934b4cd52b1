package com.coachkeep.messaging.application.port.in;

/** The message stored for a send, and whether this send created it (false: a resend of the same id). */
public record SentView(MessageView message, boolean created) {
}
