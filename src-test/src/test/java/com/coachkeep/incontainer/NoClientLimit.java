package com.coachkeep.incontainer;

import com.coachkeep.roster.application.port.out.ClientLimitPort;
import com.coachkeep.shared.application.Actor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roster's plan limit in the in-container deployments: no limit. Billing, which answers it in the application
 * (`BillingClientLimit`), is not deployed here; the limit itself is proven by CoachSubscriptionIT against the server.
 */
@ApplicationScoped
public class NoClientLimit implements ClientLimitPort {
    @Override
    public void requireRoomFor(Actor actor, long activeAfter) {
        // every client fits
    }
}
