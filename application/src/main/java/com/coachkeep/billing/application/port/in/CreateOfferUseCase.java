package com.coachkeep.billing.application.port.in;

import com.coachkeep.billing.domain.Offer;
import com.coachkeep.shared.application.Actor;

/**
 * The coach defines a package: created as a product and prices on their connected account (idempotency keys from the
 * offer's id), then stored. {@code BILLING_MANAGE}; needs a connected account.
 */
public interface CreateOfferUseCase {
    Offer create(Actor actor, Offer.Spec spec);
}
