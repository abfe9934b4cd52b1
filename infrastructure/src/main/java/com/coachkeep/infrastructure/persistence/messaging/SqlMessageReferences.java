package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.messaging.application.port.out.MessageReferencePort;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/**
 * Whether the object a message is about is the client's: a workout log, a nutrition log or a check-in of the same client
 * in the same workspace (the tables are the training, nutrition and check-in contexts'; read only for existence, by
 * their keys).
 */
@ApplicationScoped
public class SqlMessageReferences implements MessageReferencePort {
    static final Map<String, String> TABLES = Map.of("workout-log", "workout_log", "nutrition-log", "nutrition_log", "checkin", "checkin");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public boolean exists(WorkspaceId workspaceId, ClientId clientId, Message.Reference reference) {
        String table = TABLES.get(reference.type());
        if (table == null) {
            return false;
        }
        tenant.workspace(workspaceId);
        return !em.createNativeQuery("select 1 from " + table + " where workspace_id = ?1 and client_id = ?2 and id = ?3")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, reference.id()).getResultList()
                .isEmpty();
    }
}
