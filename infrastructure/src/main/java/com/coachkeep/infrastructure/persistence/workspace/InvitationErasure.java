package com.coachkeep.infrastructure.persistence.workspace;

import com.coachkeep.infrastructure.persistence.shared.BatchDelete;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * The workspace context's first part of erasure: invitations (they point at clients, so they go before the roster).
 * For one client it also removes the client's membership, found through the client's record, which the roster
 * erases after this.
 */
@ApplicationScoped
public class InvitationErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("invitation");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "invitations";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    /** A client's invitation points at their roster entry. */
    @Override
    public Set<String> pointsAt() {
        return Set.of("roster", WORKSPACE);
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        return BatchDelete.from(em, "invitation", workspaceId, batchSize);
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        int memberships = em.createNativeQuery("delete from membership m where m.workspace_id = ?1 and m.role = 'CLIENT' "
                        + "and m.person_id = (select c.person_id from client c where c.workspace_id = ?1 and c.id = ?2)")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).executeUpdate();
        int invitations = em.createNativeQuery("delete from invitation where workspace_id = ?1 and client_id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).executeUpdate();
        return memberships + invitations;
    }
}
