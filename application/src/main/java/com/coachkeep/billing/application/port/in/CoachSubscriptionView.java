package com.coachkeep.billing.application.port.in;

import java.time.Instant;

/**
 * The workspace's subscription to Coachkeep as the owner sees it, with what it allows now.
 *
 * @param status            Stripe's status of the subscription that decides the limit, or {@code none}
 * @param plan              the plan's key; null without a live subscription
 * @param clientLimit       active clients allowed now; null: no limit
 * @param activeClients     active clients now
 * @param canAddClients     whether one more client can be added or made active now
 */
public record CoachSubscriptionView(String status, String plan, String stripeSubscriptionId, Instant currentPeriodEnd, boolean cancelAtPeriodEnd,
        Instant canceledAt, Integer clientLimit, long activeClients, boolean canAddClients) {
}
