package com.coachkeep.infrastructure.persistence.notification;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.notification.application.port.out.NotificationPreferenceRepository;
import com.coachkeep.shared.domain.NotificationCategory;
import com.coachkeep.notification.domain.NotificationPreferences;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.PersonId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Notification preferences in native SQL; categories turned off are stored by their stable ids. */
@ApplicationScoped
public class JpaNotificationPreferenceRepository implements NotificationPreferenceRepository {
    private static final String COLUMNS = "person_id, opted_out, unsubscribe_token, version, updated_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public Optional<NotificationPreferences> find(PersonId personId) {
        return one("person_id = ?1", personId.value().toString());
    }

    @Override
    public Optional<NotificationPreferences> findByUnsubscribeToken(String token) {
        return one("unsubscribe_token = ?1", token);
    }

    @Override
    public NotificationPreferences addIfAbsent(NotificationPreferences defaults) {
        // nothing is inserted for a person who no longer exists (the foreign key is only checked at commit, after sending)
        em.createNativeQuery("insert into notification_preference (" + COLUMNS + ") select cast(?1 as uuid), ?2, ?3, ?4, ?5 "
                        + "where exists (select 1 from person where id = cast(?1 as uuid)) on conflict (person_id) do nothing")
                .setParameter(1, defaults.personId().value().toString()).setParameter(2, text(defaults.optedOut()))
                .setParameter(3, defaults.unsubscribeToken()).setParameter(4, defaults.version())
                .setParameter(5, Persistence.toDb(defaults.updatedAt())).executeUpdate();
        return find(defaults.personId()).orElseThrow(() -> new NotFoundException("person"));
    }

    @Override
    public void update(NotificationPreferences p) {
        int updated = em.createNativeQuery("update notification_preference set opted_out = ?2, version = ?3, updated_at = ?4 "
                        + "where person_id = ?1 and version = ?5")
                .setParameter(1, p.personId().value().toString()).setParameter(2, text(p.optedOut())).setParameter(3, p.version())
                .setParameter(4, Persistence.toDb(p.updatedAt())).setParameter(5, p.version() - 1).executeUpdate();
        if (updated != 1) {
            throw new StaleVersionException(find(p.personId()).map(NotificationPreferences::version).orElse(0L));
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<NotificationPreferences> one(String where, String value) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from notification_preference where " + where)
                .setParameter(1, value).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new NotificationPreferences(new PersonId(r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString())),
                categories((String) r[1]), ((String) r[2]).strip(), ((Number) r[3]).longValue(), Persistence.instantOf(r[4])));
    }

    private static String text(Set<NotificationCategory> categories) {
        return categories.stream().map(NotificationCategory::id).sorted().collect(Collectors.joining(","));
    }

    private static Set<NotificationCategory> categories(String text) {
        Set<NotificationCategory> set = EnumSet.noneOf(NotificationCategory.class);
        // an id this version does not know (written by a newer one) is kept out rather than failing the read
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(id -> NotificationCategory.fromId(id).ifPresent(set::add));
        return set;
    }

}
