package com.coachkeep.roster.application.service;

import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who sees which client, for every use case of the roster: staff allowed to read all clients (the owner, or every
 * coach when the owner enables it) see everyone; other staff see the clients assigned to them; a client sees only
 * themself. A client the actor cannot see is reported as not found, exactly like a missing one.
 */
@ApplicationScoped
public class VisibleClients {
    private final ClientRepository clients;
    private final WorkspaceRepository workspaces;

    @Inject
    public VisibleClients(ClientRepository clients, WorkspaceRepository workspaces) {
        this.clients = clients;
        this.workspaces = workspaces;
    }

    protected VisibleClients() {
        this(null, null);
    }

    public boolean seesAll(Actor actor) {
        if (actor.has(Permission.CLIENTS_READ_ALL)) {
            return true;
        }
        // The owner's "coaches see all clients" setting widens coaches' view only, never assistants'.
        return Role.COACH.wireName().equals(actor.roleName())
                && workspaces.findById(actor.workspaceId()).map(w -> w.settings().coachesSeeAllClients()).orElse(false);
    }

    public Client load(Actor actor, ClientId id) {
        Client client = clients.findById(actor.workspaceId(), id).orElseThrow(() -> new NotFoundException("client"));
        if (!sees(actor, client, actor.staff() && seesAll(actor))) {
            throw new NotFoundException("client");
        }
        return client;
    }

    /** Which of {@code ids} the actor can read (two reads whatever their number); the others answer as missing ones do. */
    public java.util.Set<ClientId> visibleAmong(Actor actor, java.util.Collection<ClientId> ids) {
        boolean all = actor.staff() && seesAll(actor);
        java.util.Set<ClientId> out = new java.util.LinkedHashSet<>();
        for (Client c : clients.findByIds(actor.workspaceId(), ids)) {
            if (sees(actor, c, all)) {
                out.add(c.id());
            }
        }
        return out;
    }

    private static boolean sees(Actor actor, Client client, boolean seesAll) {
        return actor.staff()
                ? seesAll || (actor.has(Permission.CLIENTS_READ_ASSIGNED) && client.isAssignedTo(actor.membershipId()))
                : actor.has(Permission.SELF_READ) && client.belongsTo(actor.personId());
    }
}
