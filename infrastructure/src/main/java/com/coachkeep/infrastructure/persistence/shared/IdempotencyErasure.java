package com.coachkeep.infrastructure.persistence.shared;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
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
 * Remembered responses of retried requests go with the workspace they were made in, with the client they are about,
 * and with the account of the person who sent them; the expiry job removes the rest after 24 hours. A founding
 * request's record (made outside any workspace) is shredded with the founded workspace's key and goes with the
 * founder's account or on expiry.
 */
@ApplicationScoped
public class IdempotencyErasure implements PersonalDataErasurePort, DataRightsExemptionPort {
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
        tenant.workspace(workspaceId);
        return em.createNativeQuery("delete from idempotency_record where workspace_id = ?1 and (scope, idem_key) in "
                        + "(select scope, idem_key from idempotency_record where workspace_id = ?1 limit ?2)")
                .setParameter(1, workspaceId.value()).setParameter(2, Math.max(batchSize, 1)).executeUpdate();
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        return em.createNativeQuery("delete from idempotency_record where workspace_id = ?1 and subject_kind = 'CLIENT' "
                        + "and subject_id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).executeUpdate();
    }

    @Override
    public long erasePerson(PersonId personId) {
        tenant.person(personId);
        return em.createNativeQuery("delete from idempotency_record where scope = ?1")
                .setParameter(1, personId.value().toString()).executeUpdate();
    }

    @Override
    public Map<String, String> notExported() {
        return Map.of("idempotency_record", "remembered responses of retried requests: what the API answered, encrypted, "
                + "about records that their own features export; erased with the workspace, the client and the account, and deleted "
                + "after 24 hours");
    }
}
