package com.coachkeep.infrastructure.persistence.workspace;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public Optional<Person> findByIssuerAndSubject(String issuer, String subject) {
        return em.createQuery("select p from PersonEntity p where p.issuer = :iss and p.subject = :sub", PersonEntity.class)
                .setParameter("iss", issuer).setParameter("sub", subject)
                .getResultStream().findFirst().map(WorkspaceMapper::toDomain);
    }

    @Override
    public Optional<Person> findById(PersonId id) {
        return Optional.ofNullable(em.find(PersonEntity.class, id.value())).map(WorkspaceMapper::toDomain);
    }

    @Override
    public Map<PersonId, Person> findAllById(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> raw = ids.stream().map(PersonId::value).distinct().toList();
        return em.createQuery("select p from PersonEntity p where p.id in :ids", PersonEntity.class)
                .setParameter("ids", raw).getResultStream().map(WorkspaceMapper::toDomain)
                .collect(Collectors.toMap(Person::id, Function.identity()));
    }

    @Override
    public Person addOrGet(Person person) {
        // Two first requests of the same person may race: the unique (issuer, subject) decides, nobody fails.
        em.createNativeQuery("insert into person (id, issuer, subject, email, email_verified, display_name, created_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (issuer, subject) do nothing")
                .setParameter(1, person.id().value())
                .setParameter(2, person.issuer())
                .setParameter(3, person.subject())
                .setParameter(4, person.email() == null ? null : person.email().value())
                .setParameter(5, person.emailVerified())
                .setParameter(6, person.displayName())
                .setParameter(7, Persistence.toDb(person.createdAt()))
                .executeUpdate();
        return findByIssuerAndSubject(person.issuer(), person.subject()).orElseThrow();
    }

    @Override
    public void erase(PersonId id, Instant deletedAt) {
        PersonEntity e = em.find(PersonEntity.class, id.value());
        if (e == null) {
            return;
        }
        String digest = Person.identityDigest(e.issuer, e.subject);
        em.detach(e);
        em.createNativeQuery("update person set issuer = ?4, subject = cast(id as varchar), email = null, "
                        + "email_verified = false, display_name = null, deleted_at = ?2, identity_digest = ?3 where id = ?1")
                .setParameter(1, id.value()).setParameter(2, Persistence.toDb(deletedAt)).setParameter(3, digest)
                .setParameter(4, Person.DELETED_ISSUER)
                .executeUpdate();
    }

    @Override
    public Optional<Instant> deletedAt(String issuer, String subject) {
        List<?> rows = em.createNativeQuery("select max(deleted_at) from person where identity_digest = ?1")
                .setParameter(1, Person.identityDigest(issuer, subject)).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(Persistence.instantOf(rows.get(0)));
    }

    @Override
    public void update(Person person) {
        PersonEntity e = em.find(PersonEntity.class, person.id().value());
        WorkspaceMapper.copy(person, e);
    }
}
