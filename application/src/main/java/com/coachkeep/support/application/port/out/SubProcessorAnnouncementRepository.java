package com.coachkeep.support.application.port.out;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.support.domain.SubProcessorAnnouncement;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Announcements being sent (platform data). */
public interface SubProcessorAnnouncementRepository {
    void add(SubProcessorAnnouncement announcement, Instant now);

    /** The oldest announcement not yet done, locked for this transaction (others skip it), or empty. */
    Optional<SubProcessorAnnouncement> lockNextPending();

    /** Moves the cursor; {@code done} when every coach has been queued. */
    void advance(UUID id, PersonId cursor, boolean done, Instant now);
}
