package com.coachkeep.infrastructure.rest.billing;

import com.coachkeep.billing.application.port.in.ConnectedAccountView;
import com.coachkeep.billing.application.port.in.InvoiceView;
import com.coachkeep.billing.application.port.in.OnboardingLinkView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Billing's request and response bodies. No field holds card data: cards are entered on Stripe's pages only (P-PAY-1). */
public final class BillingDtos {
    private BillingDtos() {
    }

    @Schema(name = "ConnectedAccount", description = "The workspace's Stripe account as Stripe last reported it")
    public record ConnectedAccountResponse(
            @Schema(description = "not_started (no account yet), onboarding (details or capabilities missing) or ready") String status,
            @Schema(description = "Stripe's id of the account (acct_…); null before onboarding starts") String stripeAccountId,
            boolean detailsSubmitted, boolean chargesEnabled, boolean payoutsEnabled,
            @Schema(description = "What Stripe still needs from the coach (Stripe's requirement names)") List<String> requirementsDue,
            @Schema(description = "When Stripe created the event this state comes from") String stateAt) {
        static ConnectedAccountResponse of(ConnectedAccountView v) {
            if (v.stripeAccountId() == null) {
                return new ConnectedAccountResponse("not_started", null, false, false, false, List.of(), null);
            }
            return new ConnectedAccountResponse(v.ready() ? "ready" : "onboarding", v.stripeAccountId(), v.detailsSubmitted(),
                    v.chargesEnabled(), v.payoutsEnabled(), v.requirementsDue(), v.stateAt() == null ? null : v.stateAt().toString());
        }
    }

    @Schema(name = "OnboardingLink", description = "A Stripe-hosted onboarding page for the coach: single use, valid for a few minutes")
    public record OnboardingLinkResponse(String stripeAccountId, String url) {
        static OnboardingLinkResponse of(OnboardingLinkView v) {
            return new OnboardingLinkResponse(v.stripeAccountId(), v.url().toString());
        }
    }

    @Schema(name = "BillingInvoice", description = "An invoice on the coach's Stripe account, as mirrored (amounts in minor units)")
    public record InvoiceResponse(String id, String customerId, String subscriptionId,
            @Schema(description = "Stripe's status: draft, open, paid, uncollectible or void") String status,
            long amountDue, long amountPaid, String currency, int attemptCount,
            @Schema(description = "When Stripe retries a failed payment next; null when none is scheduled") String nextPaymentAttempt,
            @Schema(description = "The tax Stripe Tax computed on the invoice (minor units); Coachkeep never computes tax") long tax) {
        static InvoiceResponse of(InvoiceView v) {
            return new InvoiceResponse(v.id(), v.customerId(), v.subscriptionId(), v.status(), v.amountDue(), v.amountPaid(), v.currency(),
                    v.attemptCount(), v.nextPaymentAttempt() == null ? null : v.nextPaymentAttempt().toString(), v.tax());
        }
    }

    @Schema(name = "BillingInvoicePage")
    public record InvoicesResponse(List<InvoiceResponse> items) {
    }

    @Schema(name = "BillingInvoiceRetry", description = "What Stripe answered to the attempt: paid, or open while it processes")
    public record InvoiceRetryResponse(String invoiceId, String status) {
    }

    @Schema(name = "RevenueFigures", description = "Per currency; amounts in minor units")
    public record RevenueFiguresResponse(List<CurrencyFigures> currencies) {
        static RevenueFiguresResponse of(com.coachkeep.billing.domain.RevenueFigures f) {
            return new RevenueFiguresResponse(f.currencies().stream().map(c -> new CurrencyFigures(c.currency(), c.payingClients(),
                    c.recurringRevenueLast30Days(), c.collectedLast30Days(), c.failedOpenInvoices(), c.failedOpenAmount(), c.refundsLast30Days(),
                    c.refundedLast30Days())).toList());
        }
    }

    @Schema(name = "CurrencyFigures")
    public record CurrencyFigures(String currency,
            @Schema(description = "Distinct paying customers in the last 30 days") int payingClients,
            @Schema(description = "Collected from subscription invoices in the last 30 days") long recurringRevenueLast30Days,
            @Schema(description = "Collected from all invoices in the last 30 days") long collectedLast30Days,
            @Schema(description = "Open invoices whose payment failed at least once") int failedOpenInvoices,
            @Schema(description = "What those invoices still owe") long failedOpenAmount,
            @Schema(description = "Refunds made in the last 30 days (pending or succeeded)") int refundsLast30Days,
            @Schema(description = "What those refunds gave back") long refundedLast30Days) {
    }

    @Schema(name = "CreateOfferRequest", description = "A package to sell; amounts in minor units of the currency (cents)")
    public record CreateOfferRequest(
            @Schema(description = "What the client buys, as they will see it on Stripe's checkout page", maxLength = 120, required = true, example = "12-week coaching")
            String name,
            @Schema(description = "one_time (the default), week, month or year", enumeration = {"one_time", "week", "month", "year"},
                    example = "month") String interval,
            @Schema(description = "The price in minor units (4900 = 49.00)", minimum = "1", maximum = "99999999", required = true, example = "4900")
            Long amount,
            @Schema(description = "ISO 4217 code", required = true, example = "eur") String currency,
            @Schema(description = "Free days before the first charge (recurring offers only)", minimum = "1", maximum = "730") Integer trialDays,
            @Schema(description = "A one-time fee with the first charge (recurring offers only), minor units", minimum = "1", maximum = "99999999")
            Long setupFee) {
    }

    @Schema(name = "Offer")
    public record OfferResponse(String id, String name, String interval, long amount, String currency, Integer trialDays, Long setupFee,
            String stripeProductId, String stripePriceId, String createdAt) {
        static OfferResponse of(com.coachkeep.billing.domain.Offer o) {
            return new OfferResponse(o.id().toString(), o.name(), o.interval().wireName(), o.amount(), o.currency(), o.trialDays(), o.setupFee(),
                    o.stripeProductId(), o.stripePriceId(), o.createdAt().toString());
        }
    }

    @Schema(name = "OfferPage")
    public record OffersResponse(List<OfferResponse> items) {
    }

    @Schema(name = "CreateCouponRequest", description = "A discount: either percentOff or amountOff with its currency; amounts in minor units")
    public record CreateCouponRequest(
            @Schema(description = "What the client sees on Stripe's checkout page and receipts", maxLength = 40, required = true,
                    example = "Spring 20%") String name,
            @Schema(description = "Percentage off (not with amountOff)", minimum = "1", maximum = "100", example = "20") Integer percentOff,
            @Schema(description = "Amount off in minor units (not with percentOff)", minimum = "1", maximum = "99999999") Long amountOff,
            @Schema(description = "ISO 4217 code of amountOff (only with it)", example = "eur") String currency,
            @Schema(description = "once (the first payment), repeating (durationInMonths) or forever", required = true,
                    enumeration = {"once", "repeating", "forever"}, example = "repeating") String duration,
            @Schema(description = "Months the discount lasts (repeating only)", minimum = "1", maximum = "36", example = "3") Integer durationInMonths,
            @Schema(description = "How often it can be redeemed in all", minimum = "1", maximum = "1000000") Long maxRedemptions,
            @Schema(description = "Last instant it can be redeemed (in the future)", example = "2027-03-31T23:59:59Z") String redeemBy,
            @Schema(description = "A promotion code clients type at checkout: 3 to 40 of A-Z, 0-9, - and _ (kept upper-case)",
                    pattern = "^[A-Za-z0-9_-]{3,40}$", example = "SPRING20") String code) {
    }

    @Schema(name = "Coupon", description = "A coupon on the workspace's Stripe account, with its promotion code if it has one")
    public record CouponResponse(String id, String name, Integer percentOff, Long amountOff, String currency,
            @Schema(enumeration = {"once", "repeating", "forever"}) String duration, Integer durationInMonths, Long maxRedemptions,
            String redeemBy, String code, String stripeCouponId, String stripePromotionCodeId,
            @Schema(description = "false once deactivated: it can no longer be redeemed") boolean active, String createdAt, String deactivatedAt) {
        static CouponResponse of(com.coachkeep.billing.domain.Coupon c) {
            return new CouponResponse(c.id().toString(), c.name(), c.percentOff(), c.amountOff(), c.currency(), c.duration().wireName(),
                    c.durationInMonths(), c.maxRedemptions(), c.redeemBy() == null ? null : c.redeemBy().toString(), c.code(), c.stripeCouponId(),
                    c.stripePromotionCodeId(), c.active(), c.createdAt().toString(), c.deactivatedAt() == null ? null : c.deactivatedAt().toString());
        }
    }

    @Schema(name = "CouponPage")
    public record CouponsResponse(List<CouponResponse> items) {
    }

    @Schema(name = "StartCheckoutRequest")
    public record StartCheckoutRequest(@Schema(description = "The client who is to pay", required = true,
            example = "7b0f5c1e-3d2a-4f6b-9c8d-1e2f3a4b5c6d") String clientId) {
    }

    @Schema(name = "Checkout", description = "A Stripe Checkout page for one client and one offer: send the client its url")
    public record CheckoutResponse(String id, String clientId, String offerId,
            @Schema(description = "open, complete or expired, as Stripe reports it") String status,
            @Schema(description = "Stripe's hosted payment page") String url) {
        static CheckoutResponse of(com.coachkeep.billing.domain.Checkout c) {
            return new CheckoutResponse(c.id().toString(), c.clientId().toString(), c.offerId().toString(), c.status(), c.url());
        }
    }

    @Schema(name = "WebhookReceipt", description = "The event was stored (or had been: a repeated delivery changes nothing)")
    public record WebhookReceipt(String eventId, boolean duplicate) {
    }
}
