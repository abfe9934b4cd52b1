package com.coachkeep.billing.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How many active clients a workspace may have, from its subscriptions to Coachkeep and the configured plans:
 * <ul>
 * <li>a live subscription (trialing, active, past due): its plan's limit; the newest live one when there are several;</li>
 * <li>no subscription, or only checkouts not paid yet ({@code incomplete}): the free limit ({@code
 * coachkeep.billing.free-client-limit}, none by default, so a deployment without plans limits nobody);</li>
 * <li>a subscription that ended or stopped being paid (canceled, expired, unpaid, paused) and no live one: no client
 * can be added or restored ({@link CoachSubscriptionInactiveException}) until the owner subscribes again. Everything
 * else goes on: the data stays readable, editable and exportable, and the clients already active stay active.</li>
 * </ul>
 *
 * @param freeClientLimit the limit without a subscription; null: none
 */
public record CoachPlanLimit(List<CoachSubscription> subscriptions, List<CoachPlan> plans, Integer freeClientLimit) {
    public CoachPlanLimit {
        subscriptions = List.copyOf(subscriptions);
        plans = List.copyOf(plans);
    }

    /** The workspace's subscriptions, newest first (by Stripe's creation time, then by what is mirrored, then by id). */
    private static final Comparator<CoachSubscription> NEWEST_FIRST = Comparator
            .comparing((CoachSubscription s) -> s.stripeCreated() == null ? java.time.Instant.MAX : s.stripeCreated()).reversed()
            .thenComparing(CoachSubscription::stripeSubscriptionId, Comparator.reverseOrder());

    /** The subscription that decides the limit: the newest live one, else the newest that has ended; empty without either. */
    public Optional<CoachSubscription> current() {
        Optional<CoachSubscription> live = subscriptions.stream().filter(CoachSubscription::live).sorted(NEWEST_FIRST).findFirst();
        return live.isPresent() ? live : subscriptions.stream().filter(CoachSubscription::lapsed).sorted(NEWEST_FIRST).findFirst();
    }

    /** The newest subscription of any status, for showing a checkout that is not paid yet. */
    public Optional<CoachSubscription> latest() {
        return current().or(() -> subscriptions.stream().sorted(NEWEST_FIRST).findFirst());
    }

    public Optional<CoachPlan> plan() {
        return current().filter(CoachSubscription::live).flatMap(s -> plan(s.planKey(), s.stripePriceId()));
    }

    /** A plan by its key, or else by its Stripe price (a plan changed in the customer portal names only the new price). */
    public Optional<CoachPlan> plan(String key, String priceId) {
        return plans.stream().filter(p -> p.stripePriceId().equals(priceId)).findFirst()
                .or(() -> plans.stream().filter(p -> p.key().equals(key)).findFirst());
    }

    /** The number of active clients allowed now; empty: no limit. Zero when the subscription has lapsed. */
    public Optional<Integer> limit() {
        Optional<CoachSubscription> current = current();
        if (current.isEmpty()) {
            return Optional.ofNullable(freeClientLimit);
        }
        if (!current.get().live()) {
            return Optional.of(0);
        }
        // a live subscription to a price no configured plan names: the operator's configuration is behind; limit nobody
        return plan().map(p -> p.clientLimit());
    }

    /** Whether {@code activeAfter} active clients are allowed now. */
    public boolean roomFor(long activeAfter) {
        Optional<CoachSubscription> current = current();
        if (current.isPresent() && !current.get().live()) {
            return false;
        }
        Optional<Integer> limit = limit();
        return limit.isEmpty() || activeAfter <= limit.get();
    }

    /**
     * Refuses a change that would make {@code activeAfter} clients active, when that exceeds what the workspace's
     * subscription allows.
     */
    public void requireRoomFor(long activeAfter) {
        Optional<CoachSubscription> current = current();
        if (current.isPresent() && !current.get().live()) {
            throw new CoachSubscriptionInactiveException(current.get().status());
        }
        Optional<Integer> limit = limit();
        if (!roomFor(activeAfter)) {
            throw new PlanLimitReachedException(plan().map(CoachPlan::key).orElse(null), limit.orElseThrow());
        }
    }
}
