package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Set;

/**
 * A client's subscription on the coach's connected account, mirrored from {@code customer.subscription.*} events (its
 * status, period, cancellation at the period's end, pause of collection, price), together with its <b>payment
 * standing</b>, which invoice events and the subscription's status both feed: failing since the first failed attempt of
 * a renewal ({@code invoice.payment_failed}, or the status {@code past_due}/{@code unpaid}), settled by a payment
 * ({@code invoice.paid}, the status {@code active}/{@code trialing}) or a voided invoice. The subscription's state and its
 * standing each keep the {@link StripeVersion} they come from, so an older event never moves either backwards. No client
 * id is stored: the client's checkout links them (and erasing the client unlinks them).
 *
 * @param version         where the subscription's state comes from; null while only invoices have named it
 * @param pausedSince     when the current pause of collection began (the event's time); null when collection runs
 * @param failingSince    when the standing turned failing; null when it is settled
 * @param standingVersion where the standing comes from
 */
public record ClientSubscription(WorkspaceId workspaceId, String subscriptionId, String accountId, String customerId, String status,
        String priceId, Instant currentPeriodEnd, boolean cancelAtPeriodEnd, String pauseBehavior, Instant pauseResumesAt, Instant pausedSince,
        StripeVersion version, Instant failingSince, String failingInvoiceId, Instant nextRetry, StripeVersion standingVersion) {

    static final Set<String> FAILING_STATUSES = Set.of("past_due", "unpaid");
    static final Set<String> SETTLED_STATUSES = Set.of("active", "trialing");
    /** Statuses that bill the client again unless cancelled. */
    static final Set<String> BILLING_STATUSES = Set.of("active", "trialing", "past_due", "unpaid", "incomplete");

    /** A pause of collection that ended: from the day it began to the day it ended (days of the events' times, UTC). */
    public record EndedPause(Instant from, Instant until) {
    }

    /** The next state and, when this event ended a pause, that pause. */
    public record Applied(ClientSubscription next, EndedPause endedPause) {
    }

    public static ClientSubscription unknown(WorkspaceId w, String subscriptionId, String accountId, String customerId) {
        return new ClientSubscription(w, subscriptionId, accountId, customerId, null, null, null, false, null, null, null, null, null, null, null,
                null);
    }

    public boolean paused() {
        return pauseBehavior != null;
    }

    /** Whether the subscription bills the client again: not cancelled, not ending at the period's end. */
    public boolean billsAgain() {
        return status != null && BILLING_STATUSES.contains(status) && !cancelAtPeriodEnd;
    }

    public boolean failing() {
        return failingSince != null;
    }

    /** This subscription as the event reports it, if newer than its state; its standing as the status says, if newer than that. */
    public Applied apply(BillingEvent.SubscriptionChanged e) {
        ClientSubscription s = this;
        EndedPause ended = null;
        if (e.version().supersedes(version)) {
            Instant since = pausedSince;
            if (e.pauseBehavior() != null && pauseBehavior == null) {
                since = e.version().created();
            } else if (e.pauseBehavior() == null && pauseBehavior != null) {
                if (pausedSince != null) {
                    ended = new EndedPause(pausedSince, e.version().created());
                }
                since = null;
            }
            s = new ClientSubscription(workspaceId, subscriptionId, e.accountId() != null ? e.accountId() : accountId,
                    e.customerId() != null ? e.customerId() : customerId, e.status(), e.priceId(), e.currentPeriodEnd(), e.cancelAtPeriodEnd(),
                    e.pauseBehavior(), e.pauseResumesAt(), since, e.version(), failingSince, failingInvoiceId, nextRetry, standingVersion);
        }
        if (e.version().supersedes(standingVersion)) {
            if (FAILING_STATUSES.contains(e.status())) {
                s = s.failing(e.version(), s.failingInvoiceId, s.nextRetry);
            } else if (SETTLED_STATUSES.contains(e.status())) {
                s = s.settled(e.version());
            }
        }
        return new Applied(s, ended);
    }

    /**
     * The standing as an invoice of this subscription reports it, if the invoice event is newer than the standing: an
     * open invoice with a failed attempt makes it failing (with Stripe's next retry), a paid or voided one settles it.
     */
    public ClientSubscription apply(BillingEvent.InvoiceChanged e) {
        if (!e.version().supersedes(standingVersion)) {
            return this;
        }
        if ("open".equals(e.status()) && e.attemptCount() > 0 && e.amountDue() > e.amountPaid()) {
            return failing(e.version(), e.invoiceId(), e.nextPaymentAttempt());
        }
        if ("paid".equals(e.status()) || "void".equals(e.status())) {
            return failingInvoiceId == null || failingInvoiceId.equals(e.invoiceId()) ? settled(e.version()) : this;
        }
        return this;
    }

    private ClientSubscription failing(StripeVersion v, String invoiceId, Instant retry) {
        Instant since = failingSince != null ? failingSince : v.created();
        return new ClientSubscription(workspaceId, subscriptionId, accountId, customerId, status, priceId, currentPeriodEnd, cancelAtPeriodEnd,
                pauseBehavior, pauseResumesAt, pausedSince, version, since, invoiceId != null ? invoiceId : failingInvoiceId, retry, v);
    }

    private ClientSubscription settled(StripeVersion v) {
        return new ClientSubscription(workspaceId, subscriptionId, accountId, customerId, status, priceId, currentPeriodEnd, cancelAtPeriodEnd,
                pauseBehavior, pauseResumesAt, pausedSince, version, null, null, null, v);
    }
}
