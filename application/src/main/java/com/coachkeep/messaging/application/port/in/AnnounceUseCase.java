package com.coachkeep.messaging.application.port.in;

import com.coachkeep.messaging.domain.Announcement;
import com.coachkeep.shared.application.Actor;
import java.util.UUID;

/**
 * A member of staff who may send messages writes one announcement to a segment of the clients they may read (by tag,
 * by status, or all): the recipients are fixed now, and a background job sends each an individual message. By the
 * caller's id: a resend answers the announcement's progress. Its progress is read by id.
 */
public interface AnnounceUseCase {
    /** {@code created}: whether this call created it. */
    record Started(Announcement announcement, boolean created) {
    }

    Started announce(Actor actor, UUID announcementId, String text, String tag, String status);

    Announcement progress(Actor actor, UUID announcementId);
}
