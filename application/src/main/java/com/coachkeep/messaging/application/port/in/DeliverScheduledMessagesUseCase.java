package com.coachkeep.messaging.application.port.in;

import java.util.List;
import java.util.UUID;

/**
 * The scheduler's work (a background job, never a request): the messages due, across workspaces, and sending one, each
 * in its own transaction. A message whose author is no longer an active member of the workspace is dropped, not sent.
 */
public interface DeliverScheduledMessagesUseCase {
    /** Up to {@code limit} messages due now: [workspace id, message id]. */
    List<UUID[]> due(int limit);

    /** Sends one due message; false when it is gone (sent by another node, cancelled) or was dropped. */
    boolean deliver(UUID workspaceId, UUID messageId);
}
