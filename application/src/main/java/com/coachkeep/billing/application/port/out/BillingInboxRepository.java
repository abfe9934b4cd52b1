package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.application.port.in.WebhookSource;
import com.coachkeep.billing.application.port.out.WebhookVerifierPort.VerifiedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Received events, once each by id, until applied (platform data: an event names a Stripe account, not a workspace). */
public interface BillingInboxRepository {
    /** A stored event still to apply. */
    record StoredEvent(String id, WebhookSource source, String type, String account, Instant created, String payload) {
    }

    /** Stores the event unless one with its id is stored; whether it was new. */
    boolean storeOnce(WebhookSource source, VerifiedEvent event, String payload, Instant receivedAt);

    /** Pending events due to be applied (not waiting for a retry after a failed attempt), oldest received first. */
    List<String> pending(int max);

    /** The pending event, locked for this transaction; empty when applied already or locked by another node. */
    Optional<StoredEvent> lockPending(String id);

    /** Applied (or deliberately not mirrored: {@code ignored}); the payload is no longer needed and is cleared. */
    void markDone(String id, boolean ignored, Instant at);

    /** Could not be applied: kept with its payload and the reason, never dropped. */
    void markFailed(String id, String error, Instant at);

    /** How often the pending event has been attempted already (it is locked by {@link #lockPending}). */
    default int attempts(String id) {
        throw new UnsupportedOperationException();
    }

    /** An attempt to apply it threw: counted, with the error, and the event left pending until {@code retryAt}. */
    default void retryLater(String id, String error, Instant at, Instant retryAt) {
        throw new UnsupportedOperationException();
    }
}
