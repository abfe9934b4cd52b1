package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.Actor;
import java.net.URI;

/** The owner manages the workspace's subscription in Stripe's customer portal (card, invoices, plan, cancellation). */
public interface OpenCoachBillingPortalUseCase {
    URI open(Actor actor);
}
