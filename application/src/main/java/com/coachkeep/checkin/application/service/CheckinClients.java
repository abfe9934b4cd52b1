package com.coachkeep.checkin.application.service;

import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How every check-in use case reaches a client: first the permission (staff need the use case's staff permission; a
 * client the self permission, if clients may call it at all), then visibility, which the roster decides through its
 * incoming port; a client the actor cannot see is not found, exactly like a missing one.
 */
@ApplicationScoped
public class CheckinClients {
    private final GetClientUseCase clients;
    private final com.coachkeep.shared.application.ClientAccessPort access;

    @Inject
    public CheckinClients(GetClientUseCase clients, com.coachkeep.shared.application.ClientAccessPort access) {
        this.clients = clients;
        this.access = access;
    }

    protected CheckinClients() {
        this(null, null);
    }

    /**
     * A client's own check-in is refused with {@code access-paused} while their access is paused (a failed renewal past
     * the grace period, docs/billing.md); staff filling one in for them are not.
     */
    public void requireNotPaused(Actor actor, ClientId clientId) {
        if (!actor.staff()) {
            access.requireNotPaused(actor.workspaceId(), clientId.value());
        }
    }

    public ClientId reach(Actor actor, ClientId clientId, Permission staffPermission, Permission selfPermission) {
        if (actor.staff() || selfPermission == null) {
            actor.require(staffPermission);
        } else {
            actor.require(selfPermission);
        }
        boolean mayReadClients = actor.staff()
                ? actor.has(Permission.CLIENTS_READ_ALL) || actor.has(Permission.CLIENTS_READ_ASSIGNED)
                : actor.has(Permission.SELF_READ);
        if (!mayReadClients) {
            throw new NotFoundException("client");
        }
        return clients.get(actor, clientId).id();
    }
}
