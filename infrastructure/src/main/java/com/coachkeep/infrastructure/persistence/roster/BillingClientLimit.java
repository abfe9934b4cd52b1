package com.coachkeep.infrastructure.persistence.roster;

import com.coachkeep.billing.application.port.in.CheckClientLimitUseCase;
import com.coachkeep.roster.application.port.out.ClientLimitPort;
import com.coachkeep.shared.application.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The roster's question "may the workspace have one more active client?", answered by billing from the workspace's
 * subscription to Coachkeep (its plan's limit), so that neither core package names the other.
 */
@ApplicationScoped
public class BillingClientLimit implements ClientLimitPort {
    @Inject
    CheckClientLimitUseCase billing;

    @Override
    public void requireRoomFor(Actor actor, long activeAfter) {
        billing.requireRoomFor(actor, activeAfter);
    }
}
