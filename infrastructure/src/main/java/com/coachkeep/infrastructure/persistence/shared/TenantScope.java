package com.coachkeep.infrastructure.persistence.shared;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Tells PostgreSQL, for the current transaction only, whose data it may show: row-level security compares
 * every row with these settings. Each is set with {@code set_config(name, value, true)}, which is local to
 * the transaction, so nothing survives into the next use of a pooled connection; a query outside a
 * transaction sees no setting and therefore no rows. Repositories call this before each query; within one
 * transaction a setting is sent once (remembered in the transaction's synchronization registry).
 *
 * <p>This is the only code that sets database session settings (an architecture rule fails on {@code set_config}
 * anywhere else), with one named method per row-level security policy. Work that must find rows across workspaces
 * (the outbox, exports, deletions and their replay, announcements, incidents, support grants, audit checkpoints, the
 * start-up encryption of plaintext notes) does not widen the application's view: it reads through
 * {@link CrossWorkspace}, as the worker role ({@code jdbc/coachkeepWorker}, its own pool, outside the JTA
 * transaction), whose policies name that role only and admit SELECT only. What it then changes, it changes here,
 * under the row's own {@link #workspace(WorkspaceId) workspace}.
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
    static final String OUTBOX_WORKER = "app.outbox_worker";
    static final String COACH_DIRECTORY = "app.coach_directory";
    static final String SUPPORT_GRANTS = "app.support_grants";
    static final String SUPPORT_INCIDENTS = "app.support_incidents";
    static final String AUDIT_CHECKPOINTER = "app.audit_checkpointer";
    static final String FIELD_ENCRYPTION = "app.field_encryption";
    static final String BILLING_ACCOUNTS = "app.billing_accounts";
    static final String MESSAGING_SCHEDULER = "app.messaging_scheduler";
    static final String CHECKIN_REMINDERS = "app.checkin_reminders";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "jdbc/coachkeepWorker")
    DataSource worker;

    /** Rows of this workspace, and only these, are visible and writable from now on in this transaction. */
    public void workspace(WorkspaceId workspaceId) {
        set(WORKSPACE, workspaceId.value().toString());
    }

    /**
     * The first statement of a request to a workspace: that workspace's rows, and only these, from now on in this
     * transaction (as {@link #workspace(WorkspaceId)}), and, read in the same statement under that setting, the
     * workspace's and the caller's identity epochs, {@code "<workspace epoch>:<person epoch>"}, either part empty when
     * there is none (the database function {@code coachkeep_enter_workspace}, changeset 0050): what a kept identity
     * is checked against.
     */
    public String enterWorkspace(WorkspaceId workspaceId, String issuer, String subject) {
        String value = workspaceId.value().toString();
        flushBeforeChanging(current(WORKSPACE), value);
        Object epochs = em.createNativeQuery("select coachkeep_enter_workspace(cast(?1 as uuid), ?2, ?3)").setParameter(1, value)
                .setParameter(2, issuer).setParameter(3, subject).getSingleResult();
        remember(WORKSPACE, value);
        return epochs == null ? ":" : epochs.toString();
    }

    /** This person's own rows that span workspaces (their memberships, their idempotency records). */
    public void person(PersonId personId) {
        set(PERSON, personId.value().toString());
    }

    /** The single invitation whose secret hashes to this value. */
    public void invitationToken(String tokenHash) {
        set(INVITATION, tokenHash);
    }

    /** The single data export whose current download link hashes to this value. */
    public void exportDownloadToken(String tokenHash) {
        set(EXPORT_TOKEN, tokenHash);
    }

    /**
     * Rows of this workspace from now on in this transaction, given as the raw id a cross-workspace scan returned (the
     * nil UUID stands for platform rows, such as emails that belong to no workspace).
     */
    public void workspace(UUID workspaceId) {
        set(WORKSPACE, workspaceId.toString());
    }

    /**
     * Runs {@code write} under another workspace's setting (an email queued for another workspace or for the platform)
     * and puts the transaction's own setting back afterwards, whatever it was.
     */
    public void inWorkspace(UUID workspaceId, Runnable write) {
        Object current = em.createNativeQuery("select current_setting('" + WORKSPACE + "', true)").getSingleResult();
        String previous = current == null ? "" : current.toString();
        if (previous.equals(workspaceId.toString())) {
            write.run();
            return;
        }
        // writes already made under the current setting must reach the database under it
        em.flush();
        set(WORKSPACE, workspaceId.toString());
        try {
            write.run();
        } finally {
            em.flush();
            set(WORKSPACE, previous);
        }
    }

    /** The outbox worker's scan: every workspace's queued emails (outbox_message only). */
    public CrossWorkspace outboxWorker() {
        return new CrossWorkspace(worker, OUTBOX_WORKER);
    }

    /** The deletion job's scan: every workspace's deletion record (workspace_deletion only). */
    public CrossWorkspace deletionWorker() {
        return new CrossWorkspace(worker, DELETION_WORKER);
    }

    /** The export worker's scan: queued, abandoned and expired exports of every workspace (data_export only). */
    public CrossWorkspace exportWorker() {
        return new CrossWorkspace(worker, EXPORT_WORKER);
    }

    /** The replay of deletions after a restore: every workspace's tombstones (keystore.tombstone only). */
    public CrossWorkspace deletionReplay() {
        return new CrossWorkspace(worker, DELETION_REPLAY);
    }

    /** The coaches that announcements go to: memberships of every workspace (membership only, with person). */
    public CrossWorkspace coachDirectory() {
        return new CrossWorkspace(worker, COACH_DIRECTORY);
    }

    /** Support's view of grants: by id, pending, by requester, across workspaces (support_grant only). */
    public CrossWorkspace supportGrants() {
        return new CrossWorkspace(worker, SUPPORT_GRANTS);
    }

    /** The workspaces an incident concerns (incident_workspace only). */
    public CrossWorkspace supportIncidents() {
        return new CrossWorkspace(worker, SUPPORT_INCIDENTS);
    }

    /** The audit checkpointer: every workspace's chain head (audit_chain_head only). */
    public CrossWorkspace auditCheckpointer() {
        return new CrossWorkspace(worker, AUDIT_CHECKPOINTER);
    }

    /** The start-up encryption of plaintext notes: notes still holding plaintext, in every workspace (coach_note only). */
    public CrossWorkspace fieldEncryption() {
        return new CrossWorkspace(worker, FIELD_ENCRYPTION);
    }

    /** The billing inbox's routing: which workspace a Stripe account belongs to (billing_connected_account only). */
    public CrossWorkspace billingAccounts() {
        return new CrossWorkspace(worker, BILLING_ACCOUNTS);
    }

    /** The messaging scheduler: messages due to be sent, in every workspace (scheduled_message only). */
    public CrossWorkspace messagingScheduler() {
        return new CrossWorkspace(worker, MESSAGING_SCHEDULER);
    }

    /** The check-in reminder job: the workspaces with schedules (checkin_schedule only). */
    public CrossWorkspace checkinReminders() {
        return new CrossWorkspace(worker, CHECKIN_REMINDERS);
    }

    /**
     * Read-only queries as the worker role, one short local transaction each that carries one scan's setting. Its
     * connection is not part of the caller's JTA transaction: it reads what is committed, and locks nothing; a caller
     * that acts on a row takes the row's lock itself, under the row's workspace ({@code FOR UPDATE SKIP LOCKED}),
     * and checks again that the row still qualifies.
     */
    public static final class CrossWorkspace {
        private final DataSource dataSource;
        private final String setting;

        CrossWorkspace(DataSource dataSource, String setting) {
            this.dataSource = dataSource;
            this.setting = setting;
        }

        /** Every row of {@code sql}, columns as the driver gives them (uuid as {@link UUID}, timestamptz as a Timestamp). */
        public List<Object[]> rows(String sql, Object... parameters) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    try (PreparedStatement mark = c.prepareStatement("select set_config(?, 'on', true)")) {
                        mark.setString(1, setting);
                        mark.executeQuery().close();
                    }
                    List<Object[]> rows = new ArrayList<>();
                    try (PreparedStatement q = c.prepareStatement(sql)) {
                        for (int i = 0; i < parameters.length; i++) {
                            q.setObject(i + 1, parameters[i]);
                        }
                        try (ResultSet r = q.executeQuery()) {
                            int columns = r.getMetaData().getColumnCount();
                            while (r.next()) {
                                Object[] row = new Object[columns];
                                for (int i = 0; i < columns; i++) {
                                    row[i] = r.getObject(i + 1);
                                }
                                rows.add(row);
                            }
                        }
                    }
                    c.commit();
                    return rows;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cross-workspace read failed: " + e.getMessage(), e);
            }
        }

        /** The first column of every row. */
        public List<Object> column(String sql, Object... parameters) {
            return rows(sql, parameters).stream().map(r -> r[0]).toList();
        }
    }

    private void set(String name, String value) {
        Object previous = current(name);
        if (value.equals(previous)) {
            return;
        }
        flushBeforeChanging(previous, value);
        em.createNativeQuery("select set_config(?1, ?2, true)").setParameter(1, name).setParameter(2, value).getSingleResult();
        remember(name, value);
    }

    /** Writes already made under another value of a setting must reach the database under it. */
    private void flushBeforeChanging(Object previous, String value) {
        if (previous != null && !value.equals(previous)) {
            em.flush();
        }
    }

    /** The setting's value sent in this transaction, if any (none outside a transaction). */
    private Object current(String name) {
        return inTransaction() ? transactions.getResource(key(name)) : null;
    }

    private void remember(String name, String value) {
        if (inTransaction()) {
            transactions.putResource(key(name), value);
        }
    }

    private boolean inTransaction() {
        return transactions != null && transactions.getTransactionKey() != null;
    }

    private static String key(String name) {
        return TenantScope.class.getName() + "." + name;
    }
}
