package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
import java.util.Map;

/** The webhook inbox: platform data about Stripe's deliveries, not a workspace's or a client's. */
public class BillingInboxExemption implements DataRightsExemptionPort {
    @Override
    public Map<String, String> neither() {
        return Map.of("billing_webhook_event", "Stripe's webhook deliveries as received (event id, type, Stripe account, times); the "
                + "payload is cleared once the event is applied to the workspace's billing tables, which are erased and exported; only "
                + "an event that could not be applied keeps it, for an operator to resolve");
    }
}
