package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.Actor;

/** The workspace's Stripe account state as mirrored from Stripe ({@code BILLING_READ}). */
public interface GetConnectedAccountUseCase {
    ConnectedAccountView get(Actor actor);
}
