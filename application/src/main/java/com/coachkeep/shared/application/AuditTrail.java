package com.coachkeep.shared.application;

/**
 * Where use cases report security-relevant events (role and staff changes, deletions, exports, support access,
 * denials). The audit context implements it with a hash-chained, append-only store.
 */
public interface AuditTrail {
    /**
     * Records within the caller's transaction: the event exists exactly when the change it describes was
     * committed.
     */
    void record(AuditRecord record);

    /**
     * Records in a transaction of its own, for events whose request fails and rolls back (denials). Call it outside
     * any transaction that has already recorded in the same workspace: that one holds the chain's head until it ends.
     */
    void recordAlone(AuditRecord record);
}
