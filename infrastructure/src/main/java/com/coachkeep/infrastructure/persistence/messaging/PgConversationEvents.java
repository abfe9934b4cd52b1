package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.messaging.application.port.out.ConversationEventsPort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A conversation's new event, told to every server node by PostgreSQL {@code NOTIFY} on the channel
 * {@value #CHANNEL}, in the request's transaction: the database delivers it when (and only if) the transaction commits,
 * to every listening connection, this node's own included. The payload names the conversation and the event number
 * only; listeners read the event from the stored messages.
 */
@ApplicationScoped
public class PgConversationEvents implements ConversationEventsPort {
    public static final String CHANNEL = "coachkeep_conversation";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public void published(WorkspaceId workspaceId, ClientId clientId, long eventSeq) {
        em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL)
                .setParameter(2, workspaceId.value() + ":" + clientId.value() + ":" + eventSeq).getSingleResult();
    }
}
