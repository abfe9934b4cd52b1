package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.application.AccountDeletedException;
import com.coachkeep.workspace.application.port.in.IdentifyCallerCommand;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Stores the person of a first sign-in, in a transaction of its own: who signed in stays recorded even when the
 * request they signed in with is refused and rolled back, so the security event that names them names a person who
 * exists. A deleted account's tokens stop working at once; a sign-in after the deletion starts a new account.
 */
@ApplicationScoped
public class PersonProvisioning {
    private final PersonRepository people;
    private final Clock clock;

    @Inject
    public PersonProvisioning(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    protected PersonProvisioning() {
        this(null, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Person provision(IdentifyCallerCommand c) {
        people.deletedAt(c.issuer(), c.subject())
                .filter(deleted -> c.issuedAt() == null || !c.issuedAt().isAfter(deleted))
                .ifPresent(deleted -> {
                    throw new AccountDeletedException();
                });
        return people.addOrGet(Person.provision(c.issuer(), c.subject(), c.email(), c.emailVerified(), c.displayName(),
                clock.instant()));
    }
}
