package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.persistence.EntityManager;

/**
 * Serializes the transactions that may create the same mirrored row. The inbox locks a mirrored object's row before it
 * decides on an event ({@code select … for update}), but a row that does not exist yet locks nothing: two events of a
 * new subscription or invoice applied at once by two nodes would both find no row, both decide from nothing, and the
 * one that commits last would win, older or not. A transaction-scoped advisory lock on the table, workspace and Stripe
 * id, taken before the row's lock, makes the second wait for the first to commit; its read then finds the first one's
 * row and decides on it. It is released when the transaction ends.
 */
final class CreationLock {
    private CreationLock() {
    }

    /** Waits until no other transaction holds the lock for this row, then holds it until this transaction ends. */
    static void take(EntityManager em, String table, WorkspaceId w, String stripeId) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, table + ":" + w.value() + ":" + stripeId).getSingleResult();
    }
}
