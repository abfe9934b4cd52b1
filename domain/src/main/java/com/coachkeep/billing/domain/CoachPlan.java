package com.coachkeep.billing.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A plan of Coachkeep itself that a workspace subscribes to through Stripe Billing on the platform account: a key
 * callers name it by, the Stripe price on the platform account, and how many active clients it allows (null: no limit).
 * Plans are the operator's configuration (docs/billing.md#the-coachs-own-subscription), not stored data.
 */
public record CoachPlan(String key, String stripePriceId, Integer clientLimit) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    public CoachPlan {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(stripePriceId, "stripePriceId");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a plan key is 1 to 40 lower-case letters, digits, '-' or '_', was '" + key + "'");
        }
        if (stripePriceId.isBlank()) {
            throw new IllegalArgumentException("plan " + key + " needs its Stripe price id");
        }
        if (clientLimit != null && clientLimit < 0) {
            throw new IllegalArgumentException("plan " + key + ": a client limit cannot be negative");
        }
    }

    public boolean unlimited() {
        return clientLimit == null;
    }

    /** Whether this plan allows {@code activeClients} active clients at once. */
    public boolean allows(long activeClients) {
        return clientLimit == null || activeClients <= clientLimit;
    }
}
