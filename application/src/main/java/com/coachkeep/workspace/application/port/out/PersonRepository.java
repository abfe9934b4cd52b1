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
}
