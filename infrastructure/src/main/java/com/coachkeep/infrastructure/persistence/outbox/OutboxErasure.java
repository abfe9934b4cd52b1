package com.coachkeep.infrastructure.persistence.outbox;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
import com.coachkeep.infrastructure.persistence.shared.BatchDelete;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The notification context's part of erasure: the workspace's outbox messages, delivered or not (a pending one may
 * hold a recipient's address and a link). For one client, the messages still waiting to go to their address. Each
 * person's notification preferences span workspaces and go with the person's account, not with a workspace.
 */
@ApplicationScoped
public class OutboxErasure implements PersonalDataErasurePort, DataRightsExemptionPort {
    public static final List<String> TABLES = List.of("outbox_message", "notification_preference");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "notifications";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        return BatchDelete.from(em, "outbox_message", workspaceId, batchSize);
    }

    @Override
    public long erasePerson(PersonId personId) {
        return em.createNativeQuery("delete from notification_preference where person_id = ?1")
                .setParameter(1, personId.value()).executeUpdate();
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        return em.createNativeQuery("delete from outbox_message o where o.workspace_id = ?1 and o.payload is not null "
                        + "and lower(o.payload -> 'to' ->> 'address') = "
                        + "(select lower(c.email) from client c where c.workspace_id = ?1 and c.id = ?2)")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).executeUpdate();
    }

    @Override
    public Map<String, String> notExported() {
        return Map.of("outbox_message", "emails waiting to be sent, cleared once delivered: transport, not the business's data");
    }
}
