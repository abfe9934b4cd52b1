package com.coachkeep.messaging.application.port.in;

import java.util.List;
import java.util.UUID;

/**
 * The unread-message digest job (a background job, never a request): the workspaces with recent messages, and one
 * workspace's digests: each person with messages unread for the workspace's set time gets one email listing their
 * conversations, through the outbox (an optional email: their preferences apply); the same unread messages are never
 * told twice.
 */
public interface DigestUnreadMessagesUseCase {
    List<UUID> workspacesWithRecentMessages(int limit);

    /** Queues the workspace's due digests; how many emails. */
    int digest(UUID workspaceId);
}
