package com.coachkeep.billing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * What a client's payments mean for their access, evaluated at the moment of asking from stored times (no timer):
 * {@code ACTIVE} when no subscription of theirs is failing; {@code GRACE} from a failed renewal until the grace period the
 * coach sets has passed (they keep training); {@code PAUSED} after it, until a payment settles it. Of several
 * subscriptions, the one failing longest decides.
 *
 * @param since      when the failure began (grace) or the grace period ended (paused); null when active
 * @param graceUntil when the grace period ends or ended; null when active
 * @param nextRetry  Stripe's next automatic attempt, if one is scheduled
 */
public record PaymentStanding(State state, Instant since, Instant graceUntil, Instant nextRetry, String subscriptionId, String invoiceId) {
    public enum State {
        ACTIVE, GRACE, PAUSED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final PaymentStanding ACTIVE = new PaymentStanding(State.ACTIVE, null, null, null, null, null);

    public static PaymentStanding of(Collection<ClientSubscription> subscriptions, int graceDays, Instant now) {
        ClientSubscription worst = null;
        for (ClientSubscription s : subscriptions) {
            if (s.failing() && (worst == null || s.failingSince().isBefore(worst.failingSince()))) {
                worst = s;
            }
        }
        if (worst == null) {
            return ACTIVE;
        }
        Instant graceUntil = worst.failingSince().plus(Duration.ofDays(graceDays));
        boolean over = !now.isBefore(graceUntil);
        return new PaymentStanding(over ? State.PAUSED : State.GRACE, over ? graceUntil : worst.failingSince(), graceUntil, worst.nextRetry(),
                worst.subscriptionId(), worst.failingInvoiceId());
    }

    public boolean paused() {
        return state == State.PAUSED;
    }
}
