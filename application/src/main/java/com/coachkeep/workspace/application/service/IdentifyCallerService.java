package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.application.Caller;
import com.coachkeep.workspace.application.port.in.IdentifyCallerCommand;
import com.coachkeep.workspace.application.port.in.IdentifyCallerUseCase;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Identifies callers from verified tokens: the person is found by issuer and subject, or created on the first call. */
@ApplicationScoped
@Transactional
public class IdentifyCallerService implements IdentifyCallerUseCase {
    private final PersonRepository people;
    private final PersonProvisioning provisioning;

    @Inject
    public IdentifyCallerService(PersonRepository people, PersonProvisioning provisioning) {
        this.people = people;
        this.provisioning = provisioning;
    }

    protected IdentifyCallerService() {
        this(null, null);
    }

    @Override
    public Caller identify(IdentifyCallerCommand c) {
        Person person = people.findByIssuerAndSubject(c.issuer(), c.subject()).orElseGet(() -> provisioning.provision(c));
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
