package com.coachkeep.infrastructure.stripe;

import com.coachkeep.billing.application.port.out.PlatformBillingPort;
import com.coachkeep.billing.domain.CoachPlan;
import com.coachkeep.billing.domain.PaymentsNotConfiguredException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Subscription;
import com.stripe.net.RequestOptions;
import com.stripe.param.SubscriptionCancelParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Stripe Billing on the platform's own account: every call here is made without a {@code Stripe-Account} header, so
 * the customer, the subscription and its invoices are Coachkeep's (its revenue from coaches), unlike client billing,
 * which runs on each coach's connected account ({@link StripePaymentGateway}). The workspace's and the checkout's ids
 * travel as the session's client reference and metadata and as the subscription's metadata, which is how the platform's
 * webhook events find the workspace ({@link StripeCoachSubscriptionEvents}).
 */
@ApplicationScoped
public class StripePlatformBilling implements PlatformBillingPort {
    private static final Logger LOG = Logger.getLogger(StripePlatformBilling.class.getName());
    static final String WORKSPACE = "coachkeep_workspace_id";
    static final String CHECKOUT = "coachkeep_coach_checkout";

    private StripeSettings settings;
    private StripeClient client;

    @Inject
    public StripePlatformBilling(Config config) {
        this(StripeSettings.from(config));
    }

    public StripePlatformBilling(StripeSettings settings) {
        this.settings = settings;
        this.client = settings.configured() ? StripeClient.builder().setApiKey(settings.secretKey().get()).setApiBase(settings.apiBase())
                .setConnectBase(settings.apiBase()).setFilesBase(settings.apiBase()).setMaxNetworkRetries(2).setConnectTimeout(10_000)
                .setReadTimeout(20_000).build() : null;
    }

    protected StripePlatformBilling() {
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    private StripeClient client() {
        if (client == null) {
            throw new PaymentsNotConfiguredException();
        }
        return client;
    }

    @Override
    public HostedPage createSubscriptionCheckout(WorkspaceId workspaceId, CoachPlan plan, UUID checkoutId, String existingCustomerId) {
        var p = SessionCreateParams.builder().setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(plan.stripePriceId()).setQuantity(1L).build())
                .setClientReferenceId(workspaceId.toString())
                .putMetadata(WORKSPACE, workspaceId.toString()).putMetadata(CHECKOUT, checkoutId.toString()).putMetadata("coachkeep_plan", plan.key())
                .setSubscriptionData(SessionCreateParams.SubscriptionData.builder().putMetadata(WORKSPACE, workspaceId.toString())
                        .putMetadata(CHECKOUT, checkoutId.toString()).putMetadata("coachkeep_plan", plan.key()).build())
                .setSuccessUrl(settings.appUrl() + "/billing/subscription/done?session_id={CHECKOUT_SESSION_ID}")
                .setCancelUrl(settings.appUrl() + "/billing/subscription/cancelled");
        if (existingCustomerId != null) {
            p.setCustomer(existingCustomerId);
        }
        try {
            var session = client().v1().checkout().sessions().create(p.build(), onPlatform("coach-checkout:" + checkoutId));
            return new HostedPage(session.getId(), URI.create(session.getUrl()));
        } catch (StripeException e) {
            throw failed("opening a checkout of a Coachkeep plan", e);
        }
    }

    @Override
    public URI createPortalSession(String customerId, String idempotencyKey) {
        var p = com.stripe.param.billingportal.SessionCreateParams.builder().setCustomer(customerId)
                .setReturnUrl(settings.appUrl() + "/billing/subscription").build();
        try {
            return URI.create(client().v1().billingPortal().sessions().create(p, onPlatform(idempotencyKey)).getUrl());
        } catch (StripeException e) {
            throw failed("opening the customer portal", e);
        }
    }

    @Override
    public Cancellation cancelSubscription(String subscriptionId, boolean atPeriodEnd, String idempotencyKey) {
        try {
            Subscription s = atPeriodEnd
                    ? client().v1().subscriptions().update(subscriptionId, SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(true).build(),
                            onPlatform(idempotencyKey))
                    // at once: no proration credit and no final invoice (Stripe's defaults, stated)
                    : client().v1().subscriptions().cancel(subscriptionId, SubscriptionCancelParams.builder().setInvoiceNow(false).setProrate(false)
                            .build(), onPlatform(idempotencyKey));
            return new Cancellation(s.getStatus(), StripeCoachSubscriptionEvents.cancelsAtPeriodEnd(s), StripeCoachSubscriptionEvents.periodEnd(s),
                    s.getCanceledAt() == null ? null : Instant.ofEpochSecond(s.getCanceledAt()));
        } catch (StripeException e) {
            if (!atPeriodEnd && Integer.valueOf(404).equals(e.getStatusCode()) && "resource_missing".equals(e.getCode())) {
                // Stripe no longer has it: nothing is left to charge
                LOG.info(() -> "Stripe has no subscription " + subscriptionId + " to cancel: taken as ended");
                return new Cancellation("canceled", false, null, null);
            }
            throw failed("cancelling a Coachkeep subscription", e);
        }
    }

    /** A request on the platform's own account: an idempotency key and no {@code Stripe-Account} header. */
    static RequestOptions onPlatform(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private static PaymentProviderFailedException failed(String what, StripeException e) {
        LOG.warning(() -> "Stripe refused " + what + ": " + e.getStatusCode() + " " + e.getCode() + " (request " + e.getRequestId() + ")");
        return new PaymentProviderFailedException(what, e);
    }
}
