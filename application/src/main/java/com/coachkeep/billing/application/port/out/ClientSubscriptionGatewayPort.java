package com.coachkeep.billing.application.port.out;

import java.net.URI;

/** The payment provider's calls about a client's subscription, on the coach's connected account. */
public interface ClientSubscriptionGatewayPort {
    /**
     * A Stripe customer portal session for the customer on the connected account ({@code Stripe-Account}): where the
     * client updates their card and cancels; it sends them back to the app.
     */
    URI createPortalSession(String stripeAccountId, String customerId, String idempotencyKey);

    /** Cancels the subscription now ({@code subscriptions.cancel}), with the idempotency key given. */
    void cancelSubscription(String stripeAccountId, String subscriptionId, String idempotencyKey);
}
