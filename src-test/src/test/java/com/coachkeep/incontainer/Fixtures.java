package com.coachkeep.incontainer;

import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.roster.domain.ClientStatus;
import com.coachkeep.roster.domain.Tags;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.InvitationRepository;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import com.coachkeep.workspace.domain.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Test data written through the repositories under test, each call committed on its own (or joining the
 * caller's transaction). The database outlives test runs, so every name, email and identity is new.
 */
@ApplicationScoped
@Transactional
public class Fixtures {
    /** The issuer of every person made here; their subjects are random. */
    public static final String ISSUER = "https://issuer.arquillian.test";

    @Inject
    PersonRepository people;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    MembershipRepository memberships;
    @Inject
    InvitationRepository invitations;
    @Inject
    ClientRepository clients;

    /** Now, at the precision PostgreSQL keeps (microseconds), so stored and read instants compare equal. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static String unique(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static EmailAddress email(String label) {
        return new EmailAddress(unique(label) + "@example.test");
    }

    public static WorkspaceSettings settings(String name) {
        return WorkspaceSettings.parse(name, "Europe/Berlin", "EUR", "en", null, false);
    }

    /** A person with a verified email address. */
    public Person person(String label) {
        EmailAddress email = email(label);
        return people.addOrGet(Person.provision(ISSUER, UUID.randomUUID().toString(), email, true, "Test " + label, now()));
    }

    /** A workspace and its owner's membership. */
    public Workspace.Founded workspace(Person owner) {
        Workspace.Founded founded = Workspace.found(settings(unique("Studio")), owner.id(), now());
        workspaces.add(founded.workspace());
        memberships.add(founded.ownerMembership());
        return founded;
    }

    /** A workspace of this exact name and its owner's membership. */
    public Workspace.Founded workspace(Person owner, String name) {
        Workspace.Founded founded = Workspace.found(settings(name), owner.id(), now());
        workspaces.add(founded.workspace());
        memberships.add(founded.ownerMembership());
        return founded;
    }

    public Membership member(WorkspaceId workspaceId, Person person, Role role, Instant since) {
        Membership membership = Membership.grant(workspaceId, person.id(), role, since);
        memberships.add(membership);
        return membership;
    }

    /** A pending invitation created at {@code at}; the token in the result is the only copy of its secret. */
    public Invitation.Issued invitation(WorkspaceId workspaceId, EmailAddress email, Role role, UUID clientRef,
            PersonId invitedBy, Instant at) {
        Invitation.Issued issued = Invitation.issue(workspaceId, email, role, clientRef, invitedBy, at);
        invitations.add(issued.invitation());
        return issued;
    }

    public Client client(WorkspaceId workspaceId, String name, EmailAddress email, PersonId person, MembershipId coach,
            ClientStatus status, Tags tags, Instant at) {
        Client client = new Client(ClientId.newId(), workspaceId, name, email, person, coach, tags, status, at, at, 0);
        clients.add(client);
        return client;
    }

    public Client client(WorkspaceId workspaceId, String name) {
        return client(workspaceId, name, email("client"), null, null, ClientStatus.ACTIVE, Tags.none(), now());
    }
}
