package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.Refusal;
import java.time.Instant;

/** The client's program and check-ins are paused until a payment settles (402 {@code access-paused}, naming why and since when). */
public final class AccessPausedException extends Refusal.PaymentRequired {
    public static final String CODE = "access-paused";
    private final Instant since;

    public AccessPausedException(Instant since, String reason) {
        super(CODE, "Your program and check-ins are paused since " + since + ": " + reason
                + ". Everything you recorded stays readable and exportable; access returns as soon as the payment succeeds.");
        this.since = since;
    }

    public Instant since() {
        return since;
    }
}
