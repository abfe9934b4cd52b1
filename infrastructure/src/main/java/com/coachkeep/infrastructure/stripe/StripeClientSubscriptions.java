package com.coachkeep.infrastructure.stripe;

import com.coachkeep.billing.application.port.out.ClientSubscriptionGatewayPort;
import com.stripe.exception.StripeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * A client's subscription on the coach's connected account, through the same {@link com.stripe.StripeClient} as
 * {@link StripePaymentGateway}: the customer portal session (on the account, {@code Stripe-Account}) and cancelling.
 */
@ApplicationScoped
public class StripeClientSubscriptions implements ClientSubscriptionGatewayPort {
    private static final Logger LOG = Logger.getLogger(StripeClientSubscriptions.class.getName());

    private StripePaymentGateway gateway;
    private StripeSettings settings;

    @Inject
    public StripeClientSubscriptions(Config config) {
        this(StripeSettings.from(config));
    }

    public StripeClientSubscriptions(StripeSettings settings) {
        // its own client on the same settings (the API version is the library's, like the gateway's)
        this.gateway = new StripePaymentGateway(settings);
        this.settings = settings;
    }

    protected StripeClientSubscriptions() {
    }

    @Override
    public URI createPortalSession(String stripeAccountId, String customerId, String idempotencyKey) {
        var params = com.stripe.param.billingportal.SessionCreateParams.builder().setCustomer(customerId)
                .setReturnUrl(settings.appUrl() + "/billing/portal/return").build();
        try {
            return URI.create(gateway.client().v1().billingPortal().sessions().create(params,
                    StripePaymentGateway.onAccount(stripeAccountId, idempotencyKey)).getUrl());
        } catch (StripeException e) {
            throw failed("opening a customer portal session", e);
        }
    }

    @Override
    public void cancelSubscription(String stripeAccountId, String subscriptionId, String idempotencyKey) {
        try {
            gateway.client().v1().subscriptions().cancel(subscriptionId, com.stripe.param.SubscriptionCancelParams.builder().build(),
                    StripePaymentGateway.onAccount(stripeAccountId, idempotencyKey));
        } catch (StripeException e) {
            throw failed("cancelling a subscription", e);
        }
    }

    private static PaymentProviderFailedException failed(String what, StripeException e) {
        LOG.warning(() -> "Stripe refused " + what + ": " + e.getStatusCode() + " " + e.getCode() + " (request " + e.getRequestId() + ")");
        return new PaymentProviderFailedException(what, e);
    }
}
