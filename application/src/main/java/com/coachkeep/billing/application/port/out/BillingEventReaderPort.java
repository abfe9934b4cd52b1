package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.BillingEvent;

/** Reads a stored event's payload into what it says; throws {@link UnreadableEventException} when it cannot. */
public interface BillingEventReaderPort {
    BillingEvent read(String payload);

    /** The payload is not an event this version can read; it is kept as an error. */
    class UnreadableEventException extends RuntimeException {
        public UnreadableEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
