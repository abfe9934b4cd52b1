package com.coachkeep.billing.application.port.in;

import java.time.Instant;
import java.util.List;

/** The workspace's Stripe account as mirrored; no account yet: {@code stripeAccountId} null. {@code stateAt}: when Stripe created the event it reflects. */
public record ConnectedAccountView(String stripeAccountId, boolean detailsSubmitted, boolean chargesEnabled, boolean payoutsEnabled,
        List<String> requirementsDue, boolean ready, Instant stateAt) {
}
