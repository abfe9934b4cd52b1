package com.coachkeep.workspace.application.port.out;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.workspace.domain.Person;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** People are global (not tenant data): one row per identity provider issuer and subject. */
public interface PersonRepository {
    Optional<Person> findByIssuerAndSubject(String issuer, String subject);

    Optional<Person> findById(PersonId id);

    Map<PersonId, Person> findAllById(Collection<PersonId> ids);

    /** Inserts a new person; when another request provisioned the same (issuer, subject) first, returns that one. */
    Person addOrGet(Person person);

    void update(Person person);

    /**
     * Deletes the account: the row keeps its id (records of the businesses point at it), its creation time, the
     * deletion time and {@link Person#identityDigest the identity's digest}; issuer, subject, email and name go.
     */
    void erase(PersonId id, java.time.Instant deletedAt);

    /** When the account of this identity was last deleted, if it was. */
    Optional<java.time.Instant> deletedAt(String issuer, String subject);
}
