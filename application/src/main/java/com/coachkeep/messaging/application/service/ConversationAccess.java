package com.coachkeep.messaging.application.service;

import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How every messaging use case reaches a client's conversation: first the messaging permission (staff: to read
 * {@code messages_read_assigned}, to write {@code messages_send}; a client {@code self_messages} for both), then
 * visibility, which the roster decides through its incoming port (every client, the assigned ones, or one's own record),
 * read from the database on every call: a conversation the actor cannot see is not found, exactly like a missing one.
 */
@ApplicationScoped
public class ConversationAccess {
    private final GetClientUseCase clients;

    @Inject
    public ConversationAccess(GetClientUseCase clients) {
        this.clients = clients;
    }

    protected ConversationAccess() {
        this(null);
    }

    /** The client whose conversation the actor may read; not found when they may not see the client. */
    public ClientId toRead(Actor actor, ClientId clientId) {
        if (actor.staff()) {
            actor.require(Permission.MESSAGES_READ_ASSIGNED);
        } else {
            actor.require(Permission.SELF_MESSAGES);
        }
        return visible(actor, clientId);
    }

    /** The client whose conversation the actor may write to; not found when they may not see the client. */
    public ClientId toWrite(Actor actor, ClientId clientId) {
        if (actor.staff()) {
            actor.require(Permission.MESSAGES_SEND);
        } else {
            actor.require(Permission.SELF_MESSAGES);
        }
        return visible(actor, clientId);
    }

    private ClientId visible(Actor actor, ClientId clientId) {
        boolean mayReadClients = actor.staff()
                ? actor.has(Permission.CLIENTS_READ_ALL) || actor.has(Permission.CLIENTS_READ_ASSIGNED)
                : actor.has(Permission.SELF_READ);
        if (!mayReadClients) {
            throw new NotFoundException("client");
        }
        return clients.get(actor, clientId).id();
    }
}
