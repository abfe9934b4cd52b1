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
}
