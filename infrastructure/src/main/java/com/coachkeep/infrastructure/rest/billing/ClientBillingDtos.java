package com.coachkeep.infrastructure.rest.billing;

import com.coachkeep.billing.application.port.in.ClientBillingView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client's billing and access, the grace period, the customer portal link. No card data (P-PAY-1). */
public final class ClientBillingDtos {
    private ClientBillingDtos() {
    }

    @Schema(name = "ClientBilling", description = "A client's subscriptions and what their payments mean for their access")
    public record ClientBillingResponse(
            @Schema(description = "active; grace (a renewal failed: the client keeps training until graceUntil); paused (the grace period "
                    + "ended: today's workout, workout logging and check-ins are refused with access-paused until a payment settles it)",
                    enumeration = {"active", "grace", "paused"}) String access,
            @Schema(description = "grace: when the renewal failed; paused: when the grace period ended; null when active") String since,
            @Schema(description = "When the grace period ends or ended; null when active") String graceUntil,
            @Schema(description = "When Stripe tries to collect the failed invoice next; null when none is scheduled") String nextRetry,
            @Schema(description = "The failed invoice (the coach can retry it at once: POST …/billing/invoices/{invoiceId}/retry)") String failingInvoiceId,
            @Schema(description = "The grace period the coach set, in days") int gracePeriodDays,
            List<SubscriptionResponse> subscriptions) {
        static ClientBillingResponse of(ClientBillingView v) {
            return new ClientBillingResponse(v.access(), s(v.since()), s(v.graceUntil()), s(v.nextRetry()), v.failingInvoiceId(), v.gracePeriodDays(),
                    v.subscriptions().stream().map(x -> new SubscriptionResponse(x.id(), x.status(), x.offerId() == null ? null : x.offerId().toString(),
                            x.offerName(), x.priceId(), s(x.currentPeriodEnd()), x.cancelAtPeriodEnd(), x.paused(), x.pauseBehavior(),
                            s(x.pauseResumesAt()), s(x.pausedSince()), s(x.stateAt()))).toList());
        }
    }

    @Schema(name = "ClientSubscription", description = "A subscription on the coach's Stripe account as Stripe last reported it")
    public record SubscriptionResponse(String id,
            @Schema(description = "Stripe's status: trialing, active, past_due, unpaid, canceled, incomplete, incomplete_expired, paused") String status,
            @Schema(description = "The offer whose price it bills, if the workspace made it") String offerId, String offerName, String priceId,
            String currentPeriodEnd, boolean cancelAtPeriodEnd,
            @Schema(description = "Whether collection is paused (pause_collection)") boolean paused,
            @Schema(description = "Stripe's pause behaviour: keep_as_draft, mark_uncollectible or void") String pauseBehavior,
            String pauseResumesAt, String pausedSince,
            @Schema(description = "When Stripe created the event this state comes from") String stateAt) {
    }

    @Schema(name = "CustomerPortalSession", description = "A Stripe customer portal page for the client: single use, valid for a few minutes")
    public record PortalSessionResponse(String url) {
    }

    @Schema(name = "BillingAccessSettings", description = "How long a client keeps their program and check-ins after a failed renewal")
    public record AccessSettingsResponse(@Schema(description = "Days, 0–60 (7 until set)") int gracePeriodDays) {
    }

    @Schema(name = "BillingAccessSettingsUpdate")
    public record AccessSettingsRequest(@Schema(description = "Days, 0–60", required = true) Integer gracePeriodDays) {
    }

    private static String s(Instant i) {
        return i == null ? null : i.toString();
    }
}
