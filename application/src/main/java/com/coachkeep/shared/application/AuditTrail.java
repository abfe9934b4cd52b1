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

    /** Records in a transaction of its own, for events whose request fails and rolls back (denials). */
    void recordAlone(AuditRecord record);
}
