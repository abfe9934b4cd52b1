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
            long amountDue, long amountPaid, String currency, int attemptCount, Instant nextPaymentAttempt, long tax) implements BillingEvent {
        /** An invoice Stripe computed no tax on. */
        public InvoiceChanged(StripeVersion version, String accountId, String invoiceId, String customerId, String subscriptionId, String status,
                long amountDue, long amountPaid, String currency, int attemptCount, Instant nextPaymentAttempt) {
            this(version, accountId, invoiceId, customerId, subscriptionId, status, amountDue, amountPaid, currency, attemptCount,
                    nextPaymentAttempt, 0);
        }
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

    /** {@code charge.*} (not disputes, not refunds): a payment on a connected account and how much of it is refunded. */
    record ChargeChanged(StripeVersion version, String accountId, String chargeId, String customerId, String paymentIntentId, String status,
            long amount, long amountCaptured, long amountRefunded, String currency, boolean disputed, Instant chargedAt) implements BillingEvent {
    }

    /** {@code refund.*} and {@code charge.refund.updated}: a refund of a charge on a connected account. */
    record RefundChanged(StripeVersion version, String accountId, String refundId, String chargeId, String paymentIntentId, String status,
            long amount, String currency, String reason, String failureReason, Instant refundedAt) implements BillingEvent {
    }

    /** {@code charge.dispute.*}: a client's bank disputes a charge; the evidence is due by {@code evidenceDueBy}. */
    record DisputeChanged(StripeVersion version, String accountId, String disputeId, String chargeId, String paymentIntentId, String status,
            long amount, String currency, String reason, Instant evidenceDueBy, Instant disputedAt) implements BillingEvent {
    }

    /**
     * {@code customer.subscription.created/updated/deleted}: a client's subscription on a connected account; the pause
     * ({@code pause_collection}) as its behaviour and when it resumes, null when collection runs.
     */
    record SubscriptionChanged(StripeVersion version, String accountId, String subscriptionId, String customerId, String status,
            String priceId, Instant currentPeriodEnd, boolean cancelAtPeriodEnd, String pauseBehavior, Instant pauseResumesAt)
            implements BillingEvent {
    }

    /** An event of a type billing does not mirror (yet): stored, marked ignored, never lost. */
    record Other(StripeVersion version, String type) implements BillingEvent {
    }
}
