package com.coachkeep.testing.fakes;

import com.coachkeep.notification.application.port.out.NotificationPreferenceRepository;
import com.coachkeep.notification.domain.NotificationPreferences;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.PersonId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Preferences in memory; stores copies, so only {@link #update} changes what is stored, as with a database. */
public final class FakeNotificationPreferenceRepository implements NotificationPreferenceRepository {
    private final Map<PersonId, NotificationPreferences> byPerson = new HashMap<>();
    private final java.util.Set<PersonId> deleted = new java.util.HashSet<>();

    /** The person's account is gone: their preferences with it. */
    public void deletePerson(PersonId personId) {
        deleted.add(personId);
        byPerson.remove(personId);
    }

    @Override
    public Optional<NotificationPreferences> find(PersonId personId) {
        return Optional.ofNullable(byPerson.get(personId)).map(FakeNotificationPreferenceRepository::copy);
    }

    @Override
    public Optional<NotificationPreferences> findByUnsubscribeToken(String token) {
        return byPerson.values().stream().filter(p -> p.unsubscribeToken().equals(token)).findFirst()
                .map(FakeNotificationPreferenceRepository::copy);
    }

    @Override
    public NotificationPreferences addIfAbsent(NotificationPreferences defaults) {
        if (deleted.contains(defaults.personId())) {
            throw new com.coachkeep.shared.application.NotFoundException("person");
        }
        byPerson.putIfAbsent(defaults.personId(), copy(defaults));
        return copy(byPerson.get(defaults.personId()));
    }

    /** How many times preferences were loaded for a batch of people. */
    public int batchLoads;

    @Override
    public Map<PersonId, NotificationPreferences> addIfAbsent(java.util.Collection<NotificationPreferences> defaults) {
        batchLoads++;
        Map<PersonId, NotificationPreferences> stored = new HashMap<>();
        for (NotificationPreferences d : defaults) {
            if (!deleted.contains(d.personId())) {
                byPerson.putIfAbsent(d.personId(), copy(d));
                stored.put(d.personId(), copy(byPerson.get(d.personId())));
            }
        }
        return stored;
    }

    @Override
    public void update(NotificationPreferences preferences) {
        NotificationPreferences stored = byPerson.get(preferences.personId());
        if (stored == null || stored.version() != preferences.version() - 1) {
            throw new StaleVersionException(stored == null ? 0 : stored.version());
        }
        byPerson.put(preferences.personId(), copy(preferences));
    }

    private static NotificationPreferences copy(NotificationPreferences p) {
        return new NotificationPreferences(p.personId(), p.optedOut(), p.unsubscribeToken(), p.version(), p.updatedAt());
    }
}
