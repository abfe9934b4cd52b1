package com.coachkeep.training.application.service;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which clients the training context's use cases reach: exactly the ones the roster lets the actor read (every client,
 * the ones assigned to them, or their own record), asked of the roster's incoming port; any other is not found.
 */
@ApplicationScoped
public class TrainingClients {
    private final GetClientUseCase clients;
    private final com.coachkeep.shared.application.ClientAccessPort access;

    @Inject
    public TrainingClients(GetClientUseCase clients, com.coachkeep.shared.application.ClientAccessPort access) {
        this.clients = clients;
        this.access = access;
    }

    protected TrainingClients() {
        this(null, null);
    }

    /**
     * A client's own training (today's workout, logging a workout) is refused with {@code access-paused} while their access
     * is paused (a failed renewal past the grace period, docs/billing.md); staff acting for them are not.
     */
    public void requireNotPaused(Actor actor, ClientId clientId) {
        if (!actor.staff()) {
            access.requireNotPaused(actor.workspaceId(), clientId.value());
        }
    }

    /** The client of an operation on one client's data; not found unless the actor can read that client. */
    public ClientView visible(Actor actor, ClientId id) {
        if (!actor.has(Permission.CLIENTS_READ_ALL) && !actor.has(Permission.CLIENTS_READ_ASSIGNED) && !actor.has(Permission.SELF_READ)) {
            throw new NotFoundException("client");
        }
        return clients.get(actor, id);
    }

    /** For operations over many clients: which of them the actor can read (one read, nothing refused). */
    public java.util.Set<ClientId> visibleAmong(Actor actor, java.util.Collection<ClientId> ids) {
        return clients.visibleAmong(actor, ids);
    }
}
