package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.in.StartCheckoutUseCase;
import com.coachkeep.billing.application.port.out.CheckoutRepository;
import com.coachkeep.billing.application.port.out.ConnectedAccountRepository;
import com.coachkeep.billing.application.port.out.PaymentGatewayPort;
import com.coachkeep.billing.domain.Checkout;
import com.coachkeep.billing.domain.Offer;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Clients' checkouts: a Stripe-hosted page per client and offer, its outcome mirrored from Stripe's events. */
@ApplicationScoped
@Transactional
public class CheckoutService implements StartCheckoutUseCase {
    private final CheckoutRepository checkouts;
    private final com.coachkeep.billing.application.port.out.OfferRepository offers;
    private final ConnectedAccountRepository accounts;
    private final GetClientUseCase clients;
    private final PaymentGatewayPort gateway;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public CheckoutService(CheckoutRepository checkouts, com.coachkeep.billing.application.port.out.OfferRepository offers,
            ConnectedAccountRepository accounts, GetClientUseCase clients, PaymentGatewayPort gateway,
            AuditTrail audit, Clock clock) {
        this.checkouts = checkouts;
        this.offers = offers;
        this.accounts = accounts;
        this.clients = clients;
        this.gateway = gateway;
        this.audit = audit;
        this.clock = clock;
    }

    protected CheckoutService() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public Checkout start(Actor actor, UUID offerId, ClientId clientId) {
        actor.require(Permission.BILLING_MANAGE);
        ConnectedAccountService.requireConfigured(gateway);
        Offer offer = offers.find(actor.workspaceId(), offerId).orElseThrow(() -> new NotFoundException("offer"));
        clients.get(actor, clientId);
        String account = ConnectedAccountService.stripeAccountOf(accounts, actor.workspaceId());
        UUID id = UUID.randomUUID();
        PaymentGatewayPort.CheckoutSession session = gateway.createCheckout(account, offer, clientId.value(), id);
        Checkout checkout = new Checkout(actor.workspaceId(), id, clientId.value(), offerId, session.sessionId(), session.url().toString(), "open",
                null, null, clock.instant(), null);
        checkouts.save(checkout);
        audit.record(AuditRecord.of(actor, "billing.checkout_started").target("client", clientId.value()).detail("offer", offerId)
                .detail("checkout", id));
        return checkout;
    }
}
