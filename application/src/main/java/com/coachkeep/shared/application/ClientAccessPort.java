package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a client's program and check-ins are paused, and why: what training and check-ins ask before a client trains,
 * logs or checks in. Billing answers it from the client's payments (a failed renewal past the grace period the coach
 * sets, docs/billing.md); the contexts that ask know nothing of billing. Evaluated at the moment of asking, from stored
 * times. Staff are never paused, nor is a client's reading or export of their own data: callers ask only for a client's
 * own training, logging and check-ins.
 */
public interface ClientAccessPort {
    /**
     * @param pausedSince when the pause began; null when not paused
     * @param reason      why, in words for the client ("the payment of your subscription failed on … and the grace period ended")
     */
    record ClientAccess(boolean paused, Instant pausedSince, String reason) {
        public static final ClientAccess OPEN = new ClientAccess(false, null, null);
    }

    ClientAccess access(WorkspaceId workspaceId, UUID clientId);

    /** Of these clients, those paused now and since when (one read in the implementation). */
    default Map<UUID, Instant> pausedSince(WorkspaceId workspaceId, Set<UUID> clientIds) {
        Map<UUID, Instant> paused = new HashMap<>();
        for (UUID c : clientIds) {
            ClientAccess a = access(workspaceId, c);
            if (a.paused()) {
                paused.put(c, a.pausedSince());
            }
        }
        return paused;
    }

    /** Refuses with {@link AccessPausedException} when the client's access is paused. */
    default void requireNotPaused(WorkspaceId workspaceId, UUID clientId) {
        ClientAccess a = access(workspaceId, clientId);
        if (a.paused()) {
            throw new AccessPausedException(a.pausedSince(), a.reason());
        }
    }
}
