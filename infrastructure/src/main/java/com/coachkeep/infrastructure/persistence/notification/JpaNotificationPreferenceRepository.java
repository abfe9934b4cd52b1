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
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Notification preferences in native SQL; categories turned off are stored by their stable ids. */
@ApplicationScoped
public class JpaNotificationPreferenceRepository implements NotificationPreferenceRepository {
    private static final JsonProvider JSON = JsonProvider.provider();
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

    /**
     * Two statements for any number of people: one insert of every missing record (in person order, so two workers
     * inserting for the same people never wait on each other crosswise), one read of them all.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Map<PersonId, NotificationPreferences> addIfAbsent(Collection<NotificationPreferences> defaults) {
        if (defaults.isEmpty()) {
            return Map.of();
        }
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        for (NotificationPreferences d : defaults) {
            rows.add(JSON.createObjectBuilder().add("person_id", d.personId().value().toString()).add("opted_out", text(d.optedOut()))
                    .add("unsubscribe_token", d.unsubscribeToken()).add("version", d.version())
                    .add("updated_at", d.updatedAt().truncatedTo(ChronoUnit.MICROS).toString()));
        }
        em.createNativeQuery("insert into notification_preference (" + COLUMNS + ") "
                        + "select v.person_id, v.opted_out, v.unsubscribe_token, v.version, v.updated_at "
                        + "from jsonb_to_recordset(cast(?1 as jsonb)) as v(person_id uuid, opted_out varchar, unsubscribe_token varchar, "
                        + "version bigint, updated_at timestamptz) "
                        + "where exists (select 1 from person where id = v.person_id) order by v.person_id "
                        + "on conflict (person_id) do nothing")
                .setParameter(1, rows.build().toString()).executeUpdate();
        String ids = defaults.stream().map(d -> d.personId().value().toString()).collect(Collectors.joining(",", "{", "}"));
        List<Object[]> stored = em.createNativeQuery("select " + COLUMNS + " from notification_preference "
                + "where person_id = any(cast(?1 as uuid[]))").setParameter(1, ids).getResultList();
        Map<PersonId, NotificationPreferences> byPerson = new HashMap<>();
        for (Object[] r : stored) {
            NotificationPreferences p = of(r);
            byPerson.put(p.personId(), p);
        }
        return byPerson;
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
        return Optional.of(of(rows.get(0)));
    }

    private static NotificationPreferences of(Object[] r) {
        return new NotificationPreferences(new PersonId(r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString())),
                categories((String) r[1]), ((String) r[2]).strip(), ((Number) r[3]).longValue(), Persistence.instantOf(r[4]));
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
