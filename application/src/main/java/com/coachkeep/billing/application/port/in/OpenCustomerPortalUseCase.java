package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.Actor;
import java.net.URI;

/**
 * The client opens Stripe's customer portal on their coach's account to update their card or cancel
 * ({@code SELF_WRITE}); {@code no-subscription} (409) when they have no Stripe customer there.
 */
public interface OpenCustomerPortalUseCase {
    URI open(Actor actor);
}
