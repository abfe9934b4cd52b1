package com.coachkeep.messaging.application.port.in;

import java.util.List;
import java.util.UUID;

/**
 * The announcements job (a background job, never a request): the announcements still running across workspaces, and
 * sending the next batch of one, in its own transaction. An announcement whose author is no longer an active member
 * skips its remaining recipients.
 */
public interface RunAnnouncementsUseCase {
    /** Up to {@code limit} running announcements: [workspace id, announcement id]. */
    List<UUID[]> running(int limit);

    /** Sends up to {@code batch} pending messages of one announcement; how many were sent. */
    int sendNext(UUID workspaceId, UUID announcementId, int batch);
}
