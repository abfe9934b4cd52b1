package com.coachkeep.billing.application.port.in;

import java.util.List;

/** The billing inbox: applies stored events, each once, each in its own transaction. A background job, no actor. */
public interface ApplyBillingEventsUseCase {
    /** How an event ended. */
    enum Outcome { APPLIED, IGNORED, FAILED, NOT_PENDING }

    /** Ids of pending events, oldest received first, at most {@code max}. */
    List<String> pending(int max);

    /** Applies one pending event (locked; skipped when another node holds it or it is no longer pending). */
    Outcome apply(String eventId);

    /**
     * An attempt to apply the event threw (a bug, or a fault of the database), and its transaction was rolled back: the
     * attempt is counted with the error and the event tried again after the policy's back-off, so it never holds the
     * events behind it; after the policy's last attempt it is kept as {@code failed} (outcome FAILED), for an operator.
     */
    default Outcome attemptFailed(String eventId, String error, com.coachkeep.billing.domain.InboxRetryPolicy policy) {
        throw new UnsupportedOperationException();
    }
}
