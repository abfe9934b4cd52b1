package com.coachkeep.notification.application.port.out;

import com.coachkeep.notification.domain.NotificationPreferences;
import com.coachkeep.shared.domain.PersonId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    /**
     * The same for many people at once (the outbox worker's batch): stores each person's defaults unless they have
     * preferences already, and answers what is stored, by person. A person who no longer exists is missing from the
     * answer. Adapters do it in a fixed number of statements, whatever the number of people.
     */
    default Map<PersonId, NotificationPreferences> addIfAbsent(Collection<NotificationPreferences> defaults) {
        Map<PersonId, NotificationPreferences> stored = new HashMap<>();
        for (NotificationPreferences d : defaults) {
            try {
                stored.put(d.personId(), addIfAbsent(d));
            } catch (com.coachkeep.shared.application.NotFoundException gone) {
                // the person was deleted: nothing stored for them
            }
        }
        return stored;
    }

    /** Stores a changed record; its version was raised by the change. */
    void update(NotificationPreferences preferences);
}
