package com.coachkeep.billing.domain;

import java.time.Instant;
import java.util.List;

/** What a verified Stripe event says, in Coachkeep's terms; each carries the event's {@link StripeVersion}. */
public sealed interface BillingEvent {
    StripeVersion version();

    /** {@code account.updated}: the connected account's onboarding and capabilities. */
    record AccountUpdated(StripeVersion version, String accountId, boolean detailsSubmitted, boolean chargesEnabled, boolean payoutsEnabled,
            List<String> requirementsDue) implements BillingEvent {
    }

    /** {@code invoice.*}: an invoice's state on a connected account. */
    record InvoiceChanged(StripeVersion version, String accountId, String invoiceId, String customerId, String subscriptionId, String status,
            long amountDue, long amountPaid, String currency, int attemptCount, Instant nextPaymentAttempt) implements BillingEvent {
    }

    /** {@code checkout.session.completed} or {@code .expired}: a client's checkout on a connected account. */
    record CheckoutChanged(StripeVersion version, String accountId, String sessionId, String status, String customerId, String subscriptionId)
            implements BillingEvent {
    }

    /**
     * An event of the platform account about a workspace's own subscription to Coachkeep (Stripe Billing), routed by the
     * workspace id Coachkeep set at checkout ({@code workspaceRef}, as Stripe echoes it) and the checkout's id.
     */
    sealed interface CoachBilling extends BillingEvent {
        String workspaceRef();

        String checkoutRef();
    }

    /** {@code customer.subscription.created/updated/deleted} on the platform account. */
    record CoachSubscriptionChanged(StripeVersion version, String workspaceRef, String checkoutRef, String subscriptionId, String customerId,
            String priceId, String status, Instant currentPeriodEnd, boolean cancelAtPeriodEnd, Instant canceledAt, Instant created)
            implements CoachBilling {
    }

    /** {@code checkout.session.completed} or {@code .expired} in subscription mode on the platform account. */
    record CoachCheckoutChanged(StripeVersion version, String workspaceRef, String checkoutRef, String sessionId, String status, String customerId,
            String subscriptionId) implements CoachBilling {
    }

    /** An event of a type billing does not mirror (yet): stored, marked ignored, never lost. */
    record Other(StripeVersion version, String type) implements BillingEvent {
    }
}
