package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.Actor;
import java.time.Instant;

/** The owner cancels the workspace's subscription to Coachkeep, self-service, at any time (P-CXL-1). */
public interface CancelCoachSubscriptionUseCase {
    /** What Stripe answered: the mirror follows Stripe's events. */
    record CancelledCoachSubscription(String stripeSubscriptionId, String status, boolean cancelAtPeriodEnd, Instant currentPeriodEnd,
            Instant canceledAt) {
    }

    /** @param atPeriodEnd true: it runs to the end of the period paid for; false: it ends now */
    CancelledCoachSubscription cancel(Actor actor, boolean atPeriodEnd);
}
