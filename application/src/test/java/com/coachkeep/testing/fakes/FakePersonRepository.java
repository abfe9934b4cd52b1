package com.coachkeep.testing.fakes;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.domain.Person;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** People in memory; hands out copies, as a database would, so only what is stored counts. */
public final class FakePersonRepository implements PersonRepository {
    private final Map<PersonId, Person> byId = new LinkedHashMap<>();
    private final Map<String, java.time.Instant> deleted = new LinkedHashMap<>();

    @Override
    public Optional<Person> findByIssuerAndSubject(String issuer, String subject) {
        return byId.values().stream()
                .filter(p -> p.issuer().equals(issuer) && p.subject().equals(subject))
                .findFirst().map(FakePersonRepository::copy);
    }

    @Override
    public Optional<Person> findById(PersonId id) {
        return Optional.ofNullable(byId.get(id)).map(FakePersonRepository::copy);
    }

    @Override
    public Map<PersonId, Person> findAllById(Collection<PersonId> ids) {
        Map<PersonId, Person> found = new LinkedHashMap<>();
        for (PersonId id : ids) {
            findById(id).ifPresent(p -> found.put(id, p));
        }
        return found;
    }

    @Override
    public Person addOrGet(Person person) {
        Optional<Person> existing = findByIssuerAndSubject(person.issuer(), person.subject());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (byId.containsKey(person.id())) {
            throw new IllegalStateException("duplicate person id " + person.id());
        }
        byId.put(person.id(), copy(person));
        return copy(person);
    }

    @Override
    public void update(Person person) {
        if (!byId.containsKey(person.id())) {
            throw new IllegalStateException("no such person " + person.id());
        }
        byId.put(person.id(), copy(person));
    }

    @Override
    public void erase(PersonId id, java.time.Instant deletedAt) {
        Person p = byId.get(id);
        deleted.put(Person.identityDigest(p.issuer(), p.subject()), deletedAt);
        byId.put(id, new Person(id, Person.DELETED_ISSUER, id.toString(), null, false, null, p.createdAt()));
    }

    @Override
    public Optional<java.time.Instant> deletedAt(String issuer, String subject) {
        return Optional.ofNullable(deleted.get(Person.identityDigest(issuer, subject)));
    }

    /** Every stored person, for assertions. */
    public List<Person> all() {
        return byId.values().stream().map(FakePersonRepository::copy).toList();
    }

    /** The stored people with this email address (used to find memberships by email, like a join would). */
    List<PersonId> idsWithEmail(EmailAddress email) {
        return byId.values().stream().filter(p -> Objects.equals(p.email(), email)).map(Person::id).toList();
    }

    private static Person copy(Person p) {
        return new Person(p.id(), p.issuer(), p.subject(), p.email(), p.emailVerified(), p.displayName(), p.createdAt());
    }
}
