package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.crypto.PlaintextEncryption;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.domain.SubjectErasedException;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Encrypts the plans of clients' programs stored in plaintext (written before plans were encrypted, or by an older node
 * during a rolling upgrade) and clears their plaintext. Idempotent: only rows still holding plaintext are touched, so
 * the start-up sequence runs it on every start, batch by batch, until none is left. It finds those rows across
 * workspaces as the worker role ({@link TenantScope#fieldEncryption()}: the {@code field_encryption} policy of
 * {@code assigned_program} shows that role those rows only, read only), and encrypts each under its own workspace. The
 * row's version and times stay as they were: its content does not change.
 */
@ApplicationScoped
public class PlaintextProgramEncryption implements PlaintextEncryption {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    @Override
    public String what() {
        return "plans of clients' programs";
    }

    /** Encrypts up to {@code max} plans in one transaction; returns how many (0 when none is left). */
    @Override
    @Transactional
    public int encryptBatch(int max) {
        List<Object[]> rows = tenant.fieldEncryption().rows("select workspace_id, client_id, id, plan::text from assigned_program "
                + "where plan is not null order by workspace_id, id limit " + max);
        for (Object[] row : rows) {
            UUID workspaceId = Rows.uuid(row[0]);
            UUID clientId = Rows.uuid(row[1]);
            UUID id = Rows.uuid(row[2]);
            // the client's key lives in the keystore under row-level security: its workspace must be set
            tenant.workspace(new WorkspaceId(workspaceId));
            byte[] ciphertext;
            try {
                ciphertext = cipher.encrypt(JpaAssignedProgramRepository.location(workspaceId, clientId, id), (String) row[3]);
            } catch (SubjectErasedException e) {
                // the client was erased: their program must not survive in plaintext either, nor the logs that name it
                // (their erasure deletes those anyway; the foreign key would refuse the program's deletion before)
                em.createNativeQuery("delete from workout_set where workspace_id = ?1 and log_id in "
                                + "(select id from workout_log where workspace_id = ?1 and program_id = ?2)")
                        .setParameter(1, workspaceId).setParameter(2, id).executeUpdate();
                em.createNativeQuery("delete from workout_log where workspace_id = ?1 and program_id = ?2")
                        .setParameter(1, workspaceId).setParameter(2, id).executeUpdate();
                em.createNativeQuery("delete from assigned_program where workspace_id = ?1 and id = ?2 and plan is not null")
                        .setParameter(1, workspaceId).setParameter(2, id).executeUpdate();
                continue;
            }
            em.createNativeQuery("update assigned_program set plan_ct = ?1, plan = null "
                            + "where workspace_id = ?2 and id = ?3 and plan is not null")
                    .setParameter(1, ciphertext).setParameter(2, workspaceId).setParameter(3, id).executeUpdate();
        }
        return rows.size();
    }
}
