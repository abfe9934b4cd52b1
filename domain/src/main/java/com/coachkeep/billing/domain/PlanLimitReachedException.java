package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.Refusal;

/** One more active client would exceed what the workspace's plan (or the free tier) allows. Nothing was changed. */
public class PlanLimitReachedException extends Refusal.PaymentRequired {
    public static final String CODE = "plan-limit-reached";
    private final String plan;
    private final int limit;

    public PlanLimitReachedException(String plan, int limit) {
        super(CODE, (plan == null ? "Without a subscription this workspace" : "The plan '" + plan + "'") + " allows " + limit
                + " active client" + (limit == 1 ? "" : "s") + ", and that many are active: archive or pause a client, or choose a larger plan "
                + "(billing/subscription).");
        this.plan = plan;
        this.limit = limit;
    }

    public String plan() {
        return plan;
    }

    public int limit() {
        return limit;
    }
}
