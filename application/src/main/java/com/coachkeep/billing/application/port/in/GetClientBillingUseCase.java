package com.coachkeep.billing.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/**
 * A client's billing state: for staff with {@code BILLING_READ} any client they can see; for the client themself their
 * own ({@code SELF_READ}).
 */
public interface GetClientBillingUseCase {
    ClientBillingView get(Actor actor, ClientId clientId);

    ClientBillingView own(Actor actor);
}
