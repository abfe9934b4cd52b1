package com.coachkeep.messaging.application.port.in;

import com.coachkeep.messaging.domain.ScheduledMessage;

/** A message waiting to be sent, as its author sees it; {@code created}: whether this request scheduled it. */
public record ScheduledView(ScheduledMessage message, boolean created) {
}
