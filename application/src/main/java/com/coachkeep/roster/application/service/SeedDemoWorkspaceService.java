package com.coachkeep.roster.application.service;

import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent;
import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent.DemoSeededClient;
import com.coachkeep.roster.application.port.in.SeedDemoWorkspaceUseCase;
import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.application.port.out.CoachNoteRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientStatus;
import com.coachkeep.roster.domain.CoachNote;
import com.coachkeep.roster.domain.Tags;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import com.coachkeep.workspace.domain.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the development demo workspace from the domain's own factories (the invitations are taken as
 * accepted). Never wired to an API operation: only the development start-up calls it.
 */
@ApplicationScoped
@Transactional
public class SeedDemoWorkspaceService implements SeedDemoWorkspaceUseCase {
    private final PersonRepository people;
    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final ClientRepository clients;
    private final CoachNoteRepository notes;
    private final Clock clock;
    private final Event<DemoWorkspaceSeededEvent> seeded;

    @Inject
    public SeedDemoWorkspaceService(PersonRepository people, WorkspaceRepository workspaces, MembershipRepository memberships,
            ClientRepository clients, CoachNoteRepository notes, Clock clock, Event<DemoWorkspaceSeededEvent> seeded) {
        this.people = people;
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.clients = clients;
        this.notes = notes;
        this.clock = clock;
        this.seeded = seeded;
    }

    protected SeedDemoWorkspaceService() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public Optional<WorkspaceId> seed(DemoWorkspace demo) {
        Instant now = clock.instant();
        Person owner = person(demo.issuer(), demo.owner(), now);
        boolean exists = memberships.findActiveOfPerson(owner.id()).stream()
                .filter(m -> m.role() == Role.OWNER)
                .anyMatch(m -> workspaces.findById(m.workspaceId()).map(w -> w.settings().name().equals(demo.name())).orElse(false));
        if (exists) {
            return Optional.empty();
        }
        Workspace.Founded founded = Workspace.found(
                WorkspaceSettings.parse(demo.name(), demo.timezone(), demo.currency(), demo.locale(), null, false), owner.id(), now);
        WorkspaceId id = founded.workspace().id();
        workspaces.add(founded.workspace());
        memberships.add(founded.ownerMembership());

        Map<String, MembershipId> staffBySubject = new HashMap<>();
        staffBySubject.put(demo.owner().subject(), founded.ownerMembership().id());
        for (DemoMember member : demo.staff()) {
            Membership m = Membership.grant(id, person(demo.issuer(), member, now).id(),
                    Role.parse(member.role(), Set.of(Role.COACH, Role.ASSISTANT)), now);
            memberships.add(m);
            staffBySubject.put(member.subject(), m.id());
        }
        List<DemoSeededClient> seededClients = new ArrayList<>();
        for (DemoClient c : demo.clients()) {
            Person p = person(demo.issuer(), c.person(), now);
            memberships.add(Membership.grant(id, p.id(), Role.CLIENT, now));
            Client client = Client.invite(id, c.person().name(), new EmailAddress(c.person().email()),
                    c.coachSubject() == null ? null : staffBySubject.get(c.coachSubject()), Tags.of(c.tags()), now);
            client.linkTo(p.id(), now);
            client.changeStatus(ClientStatus.parse(c.status()), now);
            clients.add(client);
            Person author = c.coachSubject() == null ? owner : people.findByIssuerAndSubject(demo.issuer(), c.coachSubject()).orElse(owner);
            for (String note : c.notes()) {
                notes.add(CoachNote.write(id, client.id(), author.id(), note, now));
            }
            seededClients.add(new DemoSeededClient(client.id(), p.id(), c.person().name(), c.status(), c.tags(),
                    c.coachSubject() == null ? null : staffBySubject.get(c.coachSubject()), author.id()));
        }
        seeded.fire(new DemoWorkspaceSeededEvent(id, owner.id(), founded.ownerMembership().id(), List.copyOf(seededClients), now));
        return Optional.of(id);
    }

    private Person person(String issuer, DemoMember m, Instant now) {
        return people.findByIssuerAndSubject(issuer, m.subject())
                .orElseGet(() -> people.addOrGet(Person.provision(issuer, m.subject(), new EmailAddress(m.email()), true, m.name(), now)));
    }
}
