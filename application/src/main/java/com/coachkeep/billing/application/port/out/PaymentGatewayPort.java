package com.coachkeep.billing.application.port.out;

import com.coachkeep.shared.domain.WorkspaceId;
import java.net.URI;

/**
 * The payment provider (Stripe). Every mutating call carries an idempotency key the caller derives from a domain id,
 * so a retried call never creates a second object.
 */
public interface PaymentGatewayPort {
    /** Whether this deployment has a provider configured; when not, every other method throws. */
    boolean configured();

    /** Creates a Connect account for the workspace (Stripe-hosted onboarding, the coach's own dashboard); its id. */
    String createConnectedAccount(WorkspaceId workspaceId, String idempotencyKey);

    /** A single-use link to Stripe's hosted onboarding for this account. */
    URI createOnboardingLink(String stripeAccountId, String idempotencyKey);

    /** The product and prices of an offer on a connected account. */
    record OfferPrices(String productId, String priceId, String setupPriceId) {
    }

    /**
     * Creates the offer's product, its price (recurring at its interval, or one-time) and, for a setup fee, a one-time
     * price of the same product, on the connected account; each call's idempotency key is {@code keyPrefix} and what it makes.
     */
    OfferPrices createOffer(String stripeAccountId, com.coachkeep.billing.domain.Offer.Spec spec, String keyPrefix);

    /** A Stripe-hosted checkout page. */
    record CheckoutSession(String sessionId, URI url) {
    }

    /**
     * Opens Stripe Checkout on the connected account for the offer (subscription or one-time payment, the setup fee as
     * a line of the first invoice, the trial, the platform's application fee, automatic tax, promotion codes), the
     * client's id as its reference; idempotency key {@code checkout:<checkoutId>}.
     */
    CheckoutSession createCheckout(String stripeAccountId, com.coachkeep.billing.domain.Offer offer, java.util.UUID clientId,
            java.util.UUID checkoutId);

    /**
     * Attempts to collect an open invoice on a connected account now ({@code invoices.pay}); the invoice's status after
     * the attempt. Throws {@link com.coachkeep.billing.domain.PaymentDeclinedException} when the customer's bank declines.
     */
    String payInvoice(String stripeAccountId, String invoiceId, String idempotencyKey);

    /** A refund as Stripe answered its creation. */
    record RefundCreated(String refundId, String status, long amount, String currency) {
    }

    /**
     * Refunds {@code amount} (minor units) of a charge on a connected account ({@code refunds.create} with the
     * {@code Stripe-Account} header); {@code reason} is Stripe's ({@code requested_by_customer} …) or null.
     */
    default RefundCreated refundCharge(String stripeAccountId, String chargeId, long amount, String reason, String idempotencyKey) {
        throw new UnsupportedOperationException("refunds are not supported by this payment gateway");
    }

    /** A coupon and its promotion code (null without a code) on a connected account. */
    record CouponCreated(String couponId, String promotionCodeId) {
    }

    /**
     * Creates a coupon ({@code coupons.create}) and, when the spec has a code, a promotion code of it
     * ({@code promotion_codes.create}) on the connected account; each call's idempotency key is {@code keyPrefix} and
     * what it makes.
     */
    default CouponCreated createCoupon(String stripeAccountId, com.coachkeep.billing.domain.Coupon.Spec spec, String keyPrefix) {
        throw new UnsupportedOperationException("coupons are not supported by this payment gateway");
    }

    /**
     * Ends a coupon on the connected account: its promotion code set inactive ({@code promotion_codes.update active=false}),
     * or, without one, the coupon deleted ({@code coupons.delete}).
     */
    default void deactivateCoupon(String stripeAccountId, String couponId, String promotionCodeId, String idempotencyKey) {
        throw new UnsupportedOperationException("coupons are not supported by this payment gateway");
    }
}
