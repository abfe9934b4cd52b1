package com.coachkeep.infrastructure.persistence.shared;

import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Remembered responses of retried requests belong to the person who sent them, not to a workspace: they expire
 * after 24 hours anyway, and go at once with the person's account. A workspace's or a client's deletion leaves them
 * to expire (they are the caller's own copies of what the API answered them).
 */
@ApplicationScoped
public class IdempotencyErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("idempotency_record");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "idempotency";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        return 0;
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        return 0;
    }

    @Override
    public long erasePerson(PersonId personId) {
        tenant.person(personId);
        return em.createNativeQuery("delete from idempotency_record where scope = ?1")
                .setParameter(1, personId.value().toString()).executeUpdate();
    }
}
