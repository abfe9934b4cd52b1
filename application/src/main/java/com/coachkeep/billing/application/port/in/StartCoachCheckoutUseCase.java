package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.Actor;
import java.net.URI;
import java.util.UUID;

/** The owner subscribes the workspace to a plan: a Stripe Checkout page on the platform account. */
public interface StartCoachCheckoutUseCase {
    /** The page to send the owner to. */
    record StartedCoachCheckout(UUID id, String plan, URI url) {
    }

    StartedCoachCheckout start(Actor actor, String planKey);
}
