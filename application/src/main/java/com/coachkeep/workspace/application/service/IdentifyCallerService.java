package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.application.AccountDeletedException;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.workspace.application.port.in.IdentifyCallerCommand;
import com.coachkeep.workspace.application.port.in.IdentifyCallerUseCase;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Identifies callers from verified tokens: the person is found by issuer and subject, or created on the first call. */
@ApplicationScoped
@Transactional
public class IdentifyCallerService implements IdentifyCallerUseCase {
    private final PersonRepository people;
    private final Clock clock;

    @Inject
    public IdentifyCallerService(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    protected IdentifyCallerService() {
        this(null, null);
    }

    @Override
    public Caller identify(IdentifyCallerCommand c) {
        Person person = people.findByIssuerAndSubject(c.issuer(), c.subject()).orElseGet(() -> {
            // A deleted account's tokens stop working at once; a sign-in after the deletion starts a new account.
            people.deletedAt(c.issuer(), c.subject())
                    .filter(deleted -> c.issuedAt() == null || !c.issuedAt().isAfter(deleted))
                    .ifPresent(deleted -> {
                        throw new AccountDeletedException();
                    });
            return people.addOrGet(Person.provision(c.issuer(), c.subject(), c.email(), c.emailVerified(),
                    c.displayName(), clock.instant()));
        });
        return callerOf(person, c, people);
    }

    /**
     * The caller from their stored person, after taking the token's email and name when they changed; also used when
     * the person was read together with their membership ({@link ResolveActorService#identifyAndResolve}).
     */
    static Caller callerOf(Person person, IdentifyCallerCommand c, PersonRepository people) {
        if (person.refresh(c.email(), c.emailVerified(), c.displayName())) {
            people.update(person);
        }
        return new Caller(person.id(), person.email(), person.emailVerified(), c.authTime(), c.multiFactor());
    }
}
