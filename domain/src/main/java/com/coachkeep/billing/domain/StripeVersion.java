package com.coachkeep.billing.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a mirrored object's state comes from: the creation time and id of the Stripe event that carried it. Events
 * are ordered by creation time, then by id, so the mirror converges on the same state whatever order, and however
 * often, the events arrive: an event older than the one applied never moves the state backwards.
 */
public record StripeVersion(Instant created, String eventId) implements Comparable<StripeVersion> {
    public StripeVersion {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(eventId, "eventId");
    }

    @Override
    public int compareTo(StripeVersion o) {
        int c = created.compareTo(o.created);
        return c != 0 ? c : eventId.compareTo(o.eventId);
    }

    /** Whether state from this event replaces state from {@code applied} (none applied yet: always). */
    public boolean supersedes(StripeVersion applied) {
        return applied == null || compareTo(applied) > 0;
    }
}
