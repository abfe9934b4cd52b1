package com.coachkeep.roster.application.service;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.application.port.in.InviteClientCommand;
import com.coachkeep.roster.application.port.in.InviteClientUseCase;
import com.coachkeep.roster.application.port.in.ListClientsQuery;
import com.coachkeep.roster.application.port.in.ListClientsUseCase;
import com.coachkeep.roster.application.port.in.RevokeClientAccessUseCase;
import com.coachkeep.roster.application.port.in.UpdateClientCommand;
import com.coachkeep.roster.application.port.in.UpdateClientUseCase;
import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.InvitationRepository;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.in.InvitationAcceptedEvent;
import com.coachkeep.workspace.application.port.in.IssueInvitationUseCase;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The roster: inviting clients, reading and changing their records, revoking their access. Who sees which client: staff allowed to read all clients (the owner, or every
 * coach when the owner enables it) see everyone; other staff see the clients assigned to them; a client sees
 * only themself. A client the actor cannot see is reported as not found.
 */
@ApplicationScoped
@Transactional
public class ClientService implements InviteClientUseCase, ListClientsUseCase, GetClientUseCase, UpdateClientUseCase,
        RevokeClientAccessUseCase, com.coachkeep.roster.application.port.in.CountActiveClientsUseCase {
    private final ClientRepository clients;
    private final MembershipRepository memberships;
    private final VisibleClients visible;
    private final IssueInvitationUseCase invitations;
    private final InvitationRepository pendingInvitations;
    private final AuditTrail audit;
    private final Clock clock;
    private final com.coachkeep.roster.application.port.out.ClientLimitPort limit;
    private final jakarta.enterprise.event.Event<com.coachkeep.roster.application.port.in.ClientArchivingEvent> archiving;

    @Inject
    public ClientService(ClientRepository clients, VisibleClients visible, MembershipRepository memberships,
            IssueInvitationUseCase invitations, InvitationRepository pendingInvitations, AuditTrail audit,
            Clock clock, com.coachkeep.roster.application.port.out.ClientLimitPort limit,
            jakarta.enterprise.event.Event<com.coachkeep.roster.application.port.in.ClientArchivingEvent> archiving) {
        this.limit = limit;
        this.archiving = archiving;
        this.clients = clients;
        this.visible = visible;
        this.memberships = memberships;
        this.invitations = invitations;
        this.pendingInvitations = pendingInvitations;
        this.audit = audit;
        this.clock = clock;
    }

    protected ClientService() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @Override
    public ClientView invite(Actor actor, InviteClientCommand c) {
        actor.require(Permission.CLIENTS_MANAGE);
        if (clients.findByEmail(actor.workspaceId(), c.email()).isPresent()) {
            throw new ConflictException("client-exists", "A client with this email address is already on the roster.");
        }
        if (memberships.findActiveByEmail(actor.workspaceId(), c.email()).isPresent()) {
            throw new ConflictException("already-member", "Someone with this email address already belongs to the workspace.");
        }
        if (pendingInvitations.findPendingByEmail(actor.workspaceId(), c.email()).isPresent()) {
            throw new ConflictException("invitation-pending",
                    "An invitation to this email address is already pending; resend or withdraw it instead.");
        }
        MembershipId coach = c.assignedCoachId();
        if (coach == null && "coach".equals(actor.roleName())) {
            coach = actor.membershipId();
        }
        if (coach != null) {
            requireCoach(actor.workspaceId(), coach);
        }
        // a new client is active: the workspace's plan must have room for one more (nothing is stored when not)
        limit.requireRoomFor(actor, clients.countActive(actor.workspaceId()) + 1);
        Instant now = clock.instant();
        Client client = Client.invite(actor.workspaceId(), c.displayName(), c.email(), coach, c.tags(), now);
        clients.add(client);
        invitations.issue(actor.workspaceId(), c.email(), Role.CLIENT, client.id().value(), actor.personId());
        audit.record(AuditRecord.of(actor, "client.invited").target("client", client.id()).detail("assignedCoach", coach));
        return ClientView.forStaff(client);
    }

    @Override
    public Page<ClientView> list(Actor actor, ListClientsQuery q) {
        if (!actor.has(Permission.CLIENTS_READ_ASSIGNED) && !actor.has(Permission.CLIENTS_READ_ALL)) {
            throw new AccessDeniedException(Permission.CLIENTS_READ_ASSIGNED);
        }
        MembershipId onlyAssignedTo = visible.seesAll(actor) ? null : actor.membershipId();
        return clients.list(actor.workspaceId(), new ClientRepository.Filter(q.status(), q.search(), onlyAssignedTo), q.page())
                .map(ClientView::forStaff);
    }

    @Override
    public ClientView get(Actor actor, ClientId id) {
        Client client = visible.load(actor, id);
        return actor.staff() ? ClientView.forStaff(client) : ClientView.forThemself(client);
    }

    @Override
    public java.util.Set<ClientId> visibleAmong(Actor actor, java.util.Collection<ClientId> ids) {
        return visible.visibleAmong(actor, ids);
    }

    @Override
    public long countActive(Actor actor) {
        if (!actor.has(Permission.CLIENTS_READ_ALL) && !actor.has(Permission.BILLING_READ)) {
            throw new AccessDeniedException(Permission.CLIENTS_READ_ALL);
        }
        return clients.countActive(actor.workspaceId());
    }

    @Override
    public ClientView getOwn(Actor actor) {
        actor.require(Permission.SELF_READ);
        return clients.findByPerson(actor.workspaceId(), actor.personId()).map(ClientView::forThemself)
                .orElseThrow(() -> new NotFoundException("client"));
    }

    @Override
    public ClientView update(Actor actor, UpdateClientCommand c) {
        actor.require(Permission.CLIENTS_MANAGE);
        Client client = visible.load(actor, c.clientId());
        StaleVersionException.check(c.expectedVersion(), client.version());
        Instant now = clock.instant();
        c.displayName().ifPresent(name -> client.rename(name, now));
        c.assignedCoachId().ifPresent(coach -> {
            if (coach != null) {
                requireCoach(actor.workspaceId(), coach);
            }
            client.assignCoach(coach, now);
            // who may see the client changes with the assignment
            audit.record(AuditRecord.of(actor, "client.coach_assigned").target("client", client.id())
                    .detail("assignedCoach", coach == null ? "none" : coach));
        });
        c.tags().ifPresent(tags -> client.retag(tags, now));
        c.status().ifPresent(status -> {
            if (status == com.coachkeep.roster.domain.ClientStatus.ACTIVE && client.status() != com.coachkeep.roster.domain.ClientStatus.ACTIVE) {
                // restoring a paused or archived client: the plan must have room for one more active client
                limit.requireRoomFor(actor, clients.countActive(actor.workspaceId()) + 1);
            }
            if (status == com.coachkeep.roster.domain.ClientStatus.ARCHIVED && client.status() != status) {
                archiving.fire(new com.coachkeep.roster.application.port.in.ClientArchivingEvent(actor, client.id(), c.cancelSubscription()));
            }
            client.changeStatus(status, now);
        });
        return ClientView.forStaff(clients.update(client));
    }

    @Override
    public ClientView revokeAccess(Actor actor, ClientId clientId, Boolean cancelSubscription) {
        actor.require(Permission.CLIENTS_MANAGE);
        Client client = visible.load(actor, clientId);
        Instant now = clock.instant();
        if (client.status() != com.coachkeep.roster.domain.ClientStatus.ARCHIVED) {
            archiving.fire(new com.coachkeep.roster.application.port.in.ClientArchivingEvent(actor, client.id(), cancelSubscription));
        }
        if (client.personId() != null) {
            memberships.findActive(actor.workspaceId(), client.personId()).filter(m -> m.role() == Role.CLIENT).ifPresent(m -> {
                m.remove(now);
                memberships.update(m);
            });
        }
        pendingInvitations.findPendingByEmail(actor.workspaceId(), client.email()).ifPresent(i -> {
            i.revoke();
            pendingInvitations.update(i);
        });
        client.changeStatus(com.coachkeep.roster.domain.ClientStatus.ARCHIVED, now);
        audit.record(AuditRecord.of(actor, "client.access_revoked").target("client", client.id()));
        return ClientView.forStaff(clients.update(client));
    }

    /** The client who accepted their invitation becomes the person behind their roster entry, in the acceptance's transaction. */
    public void link(@Observes InvitationAcceptedEvent accepted) {
        Client client = clients.findById(accepted.workspaceId(), new ClientId(accepted.clientRef()))
                .orElseThrow(() -> new NotFoundException("client"));
        client.linkTo(accepted.personId(), accepted.at());
        clients.update(client);
    }

    private void requireCoach(WorkspaceId workspaceId, MembershipId coach) {
        boolean ok = memberships.findById(workspaceId, coach)
                .filter(Membership::isActive)
                // A custom-role member can be assigned clients too; what they may do with them is their role's.
                .filter(m -> m.role() == Role.OWNER || m.role() == Role.COACH || m.role() == Role.CUSTOM)
                .isPresent();
        if (!ok) {
            throw InvalidInputException.of("assignedCoachId", "must be the membership id of an owner, coach or custom-role staff member of this workspace");
        }
    }
}
