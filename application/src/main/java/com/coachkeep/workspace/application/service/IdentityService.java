package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.in.IdentifyCallerCommand;
import com.coachkeep.workspace.application.port.in.IdentifyCallerUseCase;
import com.coachkeep.workspace.application.port.in.ResolveActorUseCase;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Identifies callers from verified tokens and resolves their role in a workspace from the database. */
@ApplicationScoped
@Transactional
public class IdentityService implements IdentifyCallerUseCase, ResolveActorUseCase {
    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final Clock clock;

    @Inject
    public IdentityService(PersonRepository people, MembershipRepository memberships, WorkspaceRepository workspaces,
            Clock clock) {
        this.people = people;
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    protected IdentityService() {
        this(null, null, null, null);
    }

    @Override
    public Caller identify(IdentifyCallerCommand c) {
        Person person = people.findByIssuerAndSubject(c.issuer(), c.subject())
                .orElseGet(() -> people.addOrGet(Person.provision(c.issuer(), c.subject(), c.email(), c.emailVerified(),
                        c.displayName(), clock.instant())));
        if (person.refresh(c.email(), c.emailVerified(), c.displayName())) {
            people.update(person);
        }
        return new Caller(person.id(), person.email(), person.emailVerified(), c.authTime(), c.multiFactor());
    }

    @Override
    public Actor resolve(Caller caller, WorkspaceId workspaceId) {
        Membership membership = memberships.findActive(workspaceId, caller.personId())
                .filter(m -> workspaces.findById(workspaceId).isPresent())
                .orElseThrow(() -> new NotFoundException("workspace"));
        Role role = membership.role();
        return new Actor(caller.personId(), workspaceId, membership.id(), role.wireName(), role.isStaff(),
                role.permissions());
    }
}
