package com.coachkeep.notification.application.port.out;

import com.coachkeep.notification.domain.NotificationPreferences;
import com.coachkeep.shared.domain.PersonId;
import java.util.Optional;

/** People's email preferences (one record per person, not per workspace). */
public interface NotificationPreferenceRepository {
    Optional<NotificationPreferences> find(PersonId personId);

    Optional<NotificationPreferences> findByUnsubscribeToken(String token);

    /**
     * Stores {@code defaults} unless the person has preferences already, and returns what is stored. Safe when
     * two transactions do it at once for the same person. Raises
     * {@link com.coachkeep.shared.application.NotFoundException} when the person no longer exists.
     */
    NotificationPreferences addIfAbsent(NotificationPreferences defaults);

    /** Stores a changed record; its version was raised by the change. */
    void update(NotificationPreferences preferences);
}
