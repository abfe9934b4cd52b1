package com.coachkeep.infrastructure.persistence.shared;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Tells PostgreSQL, for the current transaction only, whose data it may show: row-level security compares
 * every row with these settings. Each is set with {@code set_config(name, value, true)}, which is local to
 * the transaction, so nothing survives into the next use of a pooled connection; a query outside a
 * transaction sees no setting and therefore no rows. Repositories call this before each query; within one
 * transaction a setting is sent once (remembered in the transaction's synchronization registry).
 */
@ApplicationScoped
public class TenantScope {
    static final String WORKSPACE = "app.workspace_id";
    static final String PERSON = "app.person_id";
    static final String INVITATION = "app.invitation_token_hash";
    static final String DELETION_WORKER = "app.deletion_worker";
    static final String EXPORT_TOKEN = "app.export_token_hash";
    static final String EXPORT_WORKER = "app.export_worker";
    static final String DELETION_REPLAY = "app.deletion_replay";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Rows of this workspace, and only these, are visible and writable from now on in this transaction. */
    public void workspace(WorkspaceId workspaceId) {
        set(WORKSPACE, workspaceId.value().toString());
    }

    /** This person's own rows that span workspaces (their memberships, their idempotency records). */
    public void person(PersonId personId) {
        set(PERSON, personId.value().toString());
    }

    /** The single invitation whose secret hashes to this value. */
    public void invitationToken(String tokenHash) {
        set(INVITATION, tokenHash);
    }

    /** The deletion job's transaction: it may see and update every workspace's deletion record (and nothing else). */
    public void deletionWorker() {
        set(DELETION_WORKER, "on");
    }

    /** The single data export whose current download link hashes to this value. */
    public void exportDownloadToken(String tokenHash) {
        set(EXPORT_TOKEN, tokenHash);
    }

    /** The export worker: queued, abandoned and expired exports of every workspace (the data_export table only). */
    public void exportWorker() {
        set(EXPORT_WORKER, "on");
    }

    /** The replay of deletions after a restore: every workspace's tombstones, read only (keystore.tombstone only). */
    public void deletionReplay() {
        set(DELETION_REPLAY, "on");
    }

    private void set(String name, String value) {
        boolean inTransaction = transactions != null && transactions.getTransactionKey() != null;
        String key = TenantScope.class.getName() + "." + name;
        Object previous = inTransaction ? transactions.getResource(key) : null;
        if (value.equals(previous)) {
            return;
        }
        if (previous != null) {
            // Writes already made under the previous setting must reach the database under it.
            em.flush();
        }
        em.createNativeQuery("select set_config(?1, ?2, true)").setParameter(1, name).setParameter(2, value).getSingleResult();
        if (inTransaction) {
            transactions.putResource(key, value);
        }
    }
}
