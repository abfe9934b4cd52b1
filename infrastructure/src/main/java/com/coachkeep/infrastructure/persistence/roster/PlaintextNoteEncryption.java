package com.coachkeep.infrastructure.persistence.roster;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.crypto.PlaintextEncryption;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
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
 * Encrypts coach notes stored in plaintext (written before notes were encrypted, or by an older node during a
 * rolling upgrade) and clears their plaintext. Idempotent: only rows still holding plaintext are touched, so the
 * start-up sequence runs it on every start, batch by batch, until none is left. It finds those rows across workspaces
 * as the worker role ({@link TenantScope#fieldEncryption()}: the {@code field_encryption} policy shows that role those
 * rows only, read only), and encrypts each under its own workspace.
 */
@ApplicationScoped
public class PlaintextNoteEncryption implements PlaintextEncryption {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    @Override
    public String what() {
        return "coach notes";
    }

    /** Encrypts up to {@code max} notes in one transaction; returns how many (0 when none is left). */
    @Override
    @Transactional
    public int encryptBatch(int max) {
        List<Object[]> rows = tenant.fieldEncryption().rows("select workspace_id, client_id, id, body from coach_note "
                + "where body is not null order by workspace_id, id limit " + max);
        for (Object[] row : rows) {
            UUID workspaceId = uuid(row[0]);
            UUID clientId = uuid(row[1]);
            UUID id = uuid(row[2]);
            // the client's key lives in the keystore under row-level security: its workspace must be set
            tenant.workspace(new WorkspaceId(workspaceId));
            byte[] ciphertext;
            try {
                ciphertext = cipher.encrypt(JpaCoachNoteRepository.location(workspaceId, clientId, id), (String) row[3]);
            } catch (SubjectErasedException e) {
                // the client was erased: their note must not survive in plaintext either
                em.createNativeQuery("delete from coach_note where workspace_id = ?1 and id = ?2 and body is not null")
                        .setParameter(1, workspaceId).setParameter(2, id).executeUpdate();
                continue;
            }
            em.createNativeQuery("update coach_note set body_ct = ?1, body = null "
                            + "where workspace_id = ?2 and id = ?3 and body is not null")
                    .setParameter(1, ciphertext).setParameter(2, workspaceId).setParameter(3, id).executeUpdate();
        }
        return rows.size();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }
}
