package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * A workspace's Stripe Connect account as last reported by Stripe ({@code account.updated}): whether the coach has
 * submitted their details, whether charges and payouts are enabled, which requirements are still due.
 *
 * @param version where the state comes from; null before the first event
 */
public record ConnectedAccount(WorkspaceId workspaceId, String stripeAccountId, boolean detailsSubmitted, boolean chargesEnabled,
        boolean payoutsEnabled, List<String> requirementsDue, StripeVersion version, Instant createdAt) {
    public ConnectedAccount {
        requirementsDue = requirementsDue == null ? List.of() : List.copyOf(requirementsDue);
    }

    public static ConnectedAccount started(WorkspaceId w, String stripeAccountId, Instant now) {
        return new ConnectedAccount(w, stripeAccountId, false, false, false, List.of(), null, now);
    }

    /** Ready to take payments: details submitted and charges enabled. */
    public boolean ready() {
        return detailsSubmitted && chargesEnabled;
    }

    /** This account with the state an event reports, if that event is newer than the state it has; else itself. */
    public ConnectedAccount apply(BillingEvent.AccountUpdated e) {
        if (!e.version().supersedes(version)) {
            return this;
        }
        return new ConnectedAccount(workspaceId, stripeAccountId, e.detailsSubmitted(), e.chargesEnabled(), e.payoutsEnabled(),
                e.requirementsDue(), e.version(), createdAt);
    }
}
