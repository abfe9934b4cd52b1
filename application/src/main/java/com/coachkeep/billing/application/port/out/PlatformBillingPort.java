package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.CoachPlan;
import com.coachkeep.shared.domain.WorkspaceId;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * Stripe Billing on the platform's own account (never a connected account): a workspace's subscription to Coachkeep.
 * Every mutating call carries an idempotency key derived from a domain id.
 */
public interface PlatformBillingPort {
    /** Whether this deployment has a provider configured; when not, every other method throws. */
    boolean configured();

    /** A Stripe-hosted checkout page. */
    record HostedPage(String sessionId, URI url) {
    }

    /**
     * Opens Stripe Checkout in subscription mode for the plan's price, the workspace's id as its client reference and,
     * with the checkout's id, as the session's and the subscription's metadata (so the platform's events find the
     * workspace); the existing Stripe customer when the workspace had a subscription before. Idempotency key
     * {@code coach-checkout:<checkoutId>}.
     */
    HostedPage createSubscriptionCheckout(WorkspaceId workspaceId, CoachPlan plan, UUID checkoutId, String existingCustomerId);

    /** A Stripe customer portal session for the customer (cards, invoices, plan changes, cancellation). */
    URI createPortalSession(String customerId, String idempotencyKey);

    /** What Stripe answered to a cancellation. */
    record Cancellation(String status, boolean cancelAtPeriodEnd, Instant currentPeriodEnd, Instant canceledAt) {
    }

    /**
     * Cancels at the end of the period paid for ({@code cancel_at_period_end}) or at once (the subscription is deleted, with
     * no proration credit and no final invoice). At once, a subscription Stripe no longer has (404 {@code resource_missing})
     * answers as {@code canceled}: nothing is left to charge.
     */
    Cancellation cancelSubscription(String subscriptionId, boolean atPeriodEnd, String idempotencyKey);
}
