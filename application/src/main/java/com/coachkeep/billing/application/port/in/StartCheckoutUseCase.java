package com.coachkeep.billing.application.port.in;

import com.coachkeep.billing.domain.Checkout;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.UUID;

/**
 * Opens Stripe Checkout for one client and one offer: the link the coach sends the client, where they pay on Stripe's
 * page. {@code BILLING_MANAGE}; the client must be one the actor can see.
 */
public interface StartCheckoutUseCase {
    Checkout start(Actor actor, UUID offerId, ClientId clientId);
}
