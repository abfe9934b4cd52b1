package com.coachkeep.messaging.application.port.in;

import com.coachkeep.messaging.domain.OfficeHours;
import com.coachkeep.shared.application.Actor;
import java.util.Optional;

/**
 * The workspace's office hours for messaging: read by anyone who may message (clients too, to know when to expect an
 * answer); set by the owner. Empty when none are set (no automatic replies).
 */
public interface OfficeHoursUseCase {
    Optional<OfficeHours> get(Actor actor);

    OfficeHours set(Actor actor, OfficeHours hours);
}
