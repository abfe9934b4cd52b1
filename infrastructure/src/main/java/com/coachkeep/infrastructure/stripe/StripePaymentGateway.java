package com.coachkeep.infrastructure.stripe;

import com.coachkeep.billing.application.port.out.PaymentGatewayPort;
import com.coachkeep.billing.domain.PaymentsNotConfiguredException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Stripe through stripe-java's {@link StripeClient} (the API version is the library's own, {@code Stripe.API_VERSION}).
 * Every mutating call carries the idempotency key its caller derived from a domain id. Connect accounts are created for
 * direct charges: the coach's account pays Stripe's fees and owns refunds, disputes and tax (docs/billing.md).
 */
@ApplicationScoped
public class StripePaymentGateway implements PaymentGatewayPort {
    private static final Logger LOG = Logger.getLogger(StripePaymentGateway.class.getName());

    private StripeSettings settings;
    private StripeClient client;

    @Inject
    public StripePaymentGateway(Config config) {
        this(StripeSettings.from(config));
    }

    public StripePaymentGateway(StripeSettings settings) {
        this.settings = settings;
        this.client = settings.configured() ? StripeClient.builder().setApiKey(settings.secretKey().get()).setApiBase(settings.apiBase())
                .setConnectBase(settings.apiBase()).setFilesBase(settings.apiBase()).setMaxNetworkRetries(2).setConnectTimeout(10_000)
                .setReadTimeout(20_000).build() : null;
    }

    protected StripePaymentGateway() {
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    StripeClient client() {
        if (client == null) {
            throw new PaymentsNotConfiguredException();
        }
        return client;
    }

    @Override
    public String createConnectedAccount(WorkspaceId workspaceId, String idempotencyKey) {
        AccountCreateParams params = AccountCreateParams.builder()
                .setController(AccountCreateParams.Controller.builder()
                        .setStripeDashboard(AccountCreateParams.Controller.StripeDashboard.builder()
                                .setType(AccountCreateParams.Controller.StripeDashboard.Type.FULL).build())
                        .setFees(AccountCreateParams.Controller.Fees.builder().setPayer(AccountCreateParams.Controller.Fees.Payer.ACCOUNT).build())
                        .setLosses(AccountCreateParams.Controller.Losses.builder()
                                .setPayments(AccountCreateParams.Controller.Losses.Payments.STRIPE).build())
                        .build())
                .putMetadata("coachkeep_workspace_id", workspaceId.toString())
                .build();
        try {
            return client().v1().accounts().create(params, options(idempotencyKey)).getId();
        } catch (StripeException e) {
            throw failed("creating a connected account", e);
        }
    }

    @Override
    public URI createOnboardingLink(String stripeAccountId, String idempotencyKey) {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder().setAccount(stripeAccountId)
                .setRefreshUrl(settings.appUrl() + "/billing/connect/refresh")
                .setReturnUrl(settings.appUrl() + "/billing/connect/return")
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING).build();
        try {
            return URI.create(client().v1().accountLinks().create(params, options(idempotencyKey)).getUrl());
        } catch (StripeException e) {
            throw failed("creating an onboarding link", e);
        }
    }

    @Override
    public OfferPrices createOffer(String stripeAccountId, com.coachkeep.billing.domain.Offer.Spec spec, String keyPrefix) {
        try {
            var v1 = client().v1();
            String product = v1.products().create(com.stripe.param.ProductCreateParams.builder().setName(spec.name())
                    .putMetadata("coachkeep_offer", keyPrefix).build(), onAccount(stripeAccountId, keyPrefix + ":product")).getId();
            var price = com.stripe.param.PriceCreateParams.builder().setProduct(product).setUnitAmount(spec.amount()).setCurrency(spec.currency())
                    .setTaxBehavior(com.stripe.param.PriceCreateParams.TaxBehavior.EXCLUSIVE);
            if (spec.interval().recurring()) {
                price.setRecurring(com.stripe.param.PriceCreateParams.Recurring.builder()
                        .setInterval(com.stripe.param.PriceCreateParams.Recurring.Interval.valueOf(spec.interval().name())).build());
            }
            String priceId = v1.prices().create(price.build(), onAccount(stripeAccountId, keyPrefix + ":price")).getId();
            String setup = null;
            if (spec.setupFee() != null) {
                setup = v1.prices().create(com.stripe.param.PriceCreateParams.builder().setProduct(product).setUnitAmount(spec.setupFee())
                        .setCurrency(spec.currency()).setTaxBehavior(com.stripe.param.PriceCreateParams.TaxBehavior.EXCLUSIVE).build(),
                        onAccount(stripeAccountId, keyPrefix + ":setup-price")).getId();
            }
            return new OfferPrices(product, priceId, setup);
        } catch (StripeException e) {
            throw failed("creating an offer's product and prices", e);
        }
    }

    @Override
    public CheckoutSession createCheckout(String stripeAccountId, com.coachkeep.billing.domain.Offer offer, java.util.UUID clientId,
            java.util.UUID checkoutId) {
        var p = com.stripe.param.checkout.SessionCreateParams.builder()
                .setMode(offer.interval().recurring() ? com.stripe.param.checkout.SessionCreateParams.Mode.SUBSCRIPTION
                        : com.stripe.param.checkout.SessionCreateParams.Mode.PAYMENT)
                .addLineItem(com.stripe.param.checkout.SessionCreateParams.LineItem.builder().setPrice(offer.stripePriceId()).setQuantity(1L).build())
                .setAutomaticTax(com.stripe.param.checkout.SessionCreateParams.AutomaticTax.builder().setEnabled(true).build())
                .setAllowPromotionCodes(true)
                .setClientReferenceId(clientId.toString())
                .putMetadata("coachkeep_checkout", checkoutId.toString())
                .setSuccessUrl(settings.appUrl() + "/billing/checkout/done?session_id={CHECKOUT_SESSION_ID}")
                .setCancelUrl(settings.appUrl() + "/billing/checkout/cancelled");
        if (offer.stripeSetupPriceId() != null) {
            p.addLineItem(com.stripe.param.checkout.SessionCreateParams.LineItem.builder().setPrice(offer.stripeSetupPriceId()).setQuantity(1L).build());
        }
        if (offer.interval().recurring()) {
            var sub = com.stripe.param.checkout.SessionCreateParams.SubscriptionData.builder().putMetadata("coachkeep_checkout", checkoutId.toString());
            if (settings.platformFeeBasisPoints() > 0) {
                sub.setApplicationFeePercent(java.math.BigDecimal.valueOf(settings.platformFeeBasisPoints(), 2));
            }
            if (offer.trialDays() != null) {
                sub.setTrialPeriodDays(offer.trialDays().longValue());
            }
            p.setSubscriptionData(sub.build());
        } else if (settings.platformFeeBasisPoints() > 0) {
            p.setPaymentIntentData(com.stripe.param.checkout.SessionCreateParams.PaymentIntentData.builder()
                    .setApplicationFeeAmount(offer.amount() * settings.platformFeeBasisPoints() / 10_000).build());
        }
        try {
            var session = client().v1().checkout().sessions().create(p.build(), onAccount(stripeAccountId, "checkout:" + checkoutId));
            return new CheckoutSession(session.getId(), URI.create(session.getUrl()));
        } catch (StripeException e) {
            throw failed("opening a checkout", e);
        }
    }

    @Override
    public CouponCreated createCoupon(String stripeAccountId, com.coachkeep.billing.domain.Coupon.Spec spec, String keyPrefix) {
        var c = com.stripe.param.CouponCreateParams.builder().setName(spec.name())
                .setDuration(com.stripe.param.CouponCreateParams.Duration.valueOf(spec.duration().name()))
                .putMetadata("coachkeep_coupon", keyPrefix);
        if (spec.percentOff() != null) {
            c.setPercentOff(java.math.BigDecimal.valueOf(spec.percentOff()));
        } else {
            c.setAmountOff(spec.amountOff()).setCurrency(spec.currency());
        }
        if (spec.durationInMonths() != null) {
            c.setDurationInMonths(spec.durationInMonths().longValue());
        }
        if (spec.maxRedemptions() != null) {
            c.setMaxRedemptions(spec.maxRedemptions());
        }
        if (spec.redeemBy() != null) {
            c.setRedeemBy(spec.redeemBy().getEpochSecond());
        }
        try {
            var v1 = client().v1();
            String coupon = v1.coupons().create(c.build(), onAccount(stripeAccountId, keyPrefix + ":coupon")).getId();
            String promotionCode = null;
            if (spec.code() != null) {
                // the promotion code names its coupon under promotion[coupon] (type coupon) in the pinned API version
                promotionCode = v1.promotionCodes().create(com.stripe.param.PromotionCodeCreateParams.builder().setCode(spec.code())
                        .setPromotion(com.stripe.param.PromotionCodeCreateParams.Promotion.builder()
                                .setType(com.stripe.param.PromotionCodeCreateParams.Promotion.Type.COUPON).setCoupon(coupon).build())
                        .putMetadata("coachkeep_coupon", keyPrefix).build(), onAccount(stripeAccountId, keyPrefix + ":promotion-code")).getId();
            }
            return new CouponCreated(coupon, promotionCode);
        } catch (StripeException e) {
            throw failed("creating a coupon and its promotion code", e);
        }
    }

    @Override
    public void deactivateCoupon(String stripeAccountId, String couponId, String promotionCodeId, String idempotencyKey) {
        try {
            if (promotionCodeId != null) {
                client().v1().promotionCodes().update(promotionCodeId, com.stripe.param.PromotionCodeUpdateParams.builder().setActive(false).build(),
                        onAccount(stripeAccountId, idempotencyKey));
            } else {
                client().v1().coupons().delete(couponId, onAccount(stripeAccountId, idempotencyKey));
            }
        } catch (StripeException e) {
            throw failed("deactivating a coupon", e);
        }
    }

    static RequestOptions onAccount(String stripeAccountId, String idempotencyKey) {
        return RequestOptions.builder().setStripeAccount(stripeAccountId).setIdempotencyKey(idempotencyKey).build();
    }

    @Override
    public String payInvoice(String stripeAccountId, String invoiceId, String idempotencyKey) {
        try {
            return client().v1().invoices().pay(invoiceId, com.stripe.param.InvoicePayParams.builder().build(),
                    RequestOptions.builder().setStripeAccount(stripeAccountId).setIdempotencyKey(idempotencyKey).build()).getStatus();
        } catch (com.stripe.exception.CardException e) {
            LOG.info(() -> "Stripe: retrying invoice " + invoiceId + " was declined (" + e.getDeclineCode() + ")");
            throw new com.coachkeep.billing.domain.PaymentDeclinedException(e.getDeclineCode() == null ? e.getCode() : e.getDeclineCode());
        } catch (StripeException e) {
            throw failed("paying an invoice", e);
        }
    }

    @Override
    public RefundCreated refundCharge(String stripeAccountId, String chargeId, long amount, String reason, String idempotencyKey) {
        var params = com.stripe.param.RefundCreateParams.builder().setCharge(chargeId).setAmount(amount);
        if (reason != null) {
            params.setReason(com.stripe.param.RefundCreateParams.Reason.valueOf(reason.toUpperCase(java.util.Locale.ROOT)));
        }
        try {
            com.stripe.model.Refund r = client().v1().refunds().create(params.build(), onAccount(stripeAccountId, idempotencyKey));
            return new RefundCreated(r.getId(), r.getStatus(), r.getAmount() == null ? amount : r.getAmount(), r.getCurrency());
        } catch (StripeException e) {
            throw failed("refunding a charge", e);
        }
    }

    static RequestOptions options(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private static PaymentProviderFailedException failed(String what, StripeException e) {
        // the message of a Stripe error names the request, never card data (none passes through Coachkeep)
        LOG.warning(() -> "Stripe refused " + what + ": " + e.getStatusCode() + " " + e.getCode() + " (request " + e.getRequestId() + ")");
        return new PaymentProviderFailedException(what, e);
    }
}
