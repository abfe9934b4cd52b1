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
