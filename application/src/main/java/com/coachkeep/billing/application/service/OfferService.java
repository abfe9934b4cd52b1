package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.in.CreateOfferUseCase;
import com.coachkeep.billing.application.port.in.ListOffersUseCase;
import com.coachkeep.billing.application.port.out.ConnectedAccountRepository;
import com.coachkeep.billing.application.port.out.OfferRepository;
import com.coachkeep.billing.application.port.out.PaymentGatewayPort;
import com.coachkeep.billing.domain.Offer;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The coach's offers: products and prices on their own Stripe account, kept in the workspace too. */
@ApplicationScoped
@Transactional
public class OfferService implements CreateOfferUseCase, ListOffersUseCase {
    private final OfferRepository offers;
    private final ConnectedAccountRepository accounts;
    private final PaymentGatewayPort gateway;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public OfferService(OfferRepository offers, ConnectedAccountRepository accounts, PaymentGatewayPort gateway, AuditTrail audit, Clock clock) {
        this.offers = offers;
        this.accounts = accounts;
        this.gateway = gateway;
        this.audit = audit;
        this.clock = clock;
    }

    protected OfferService() {
        this(null, null, null, null, null);
    }

    @Override
    public Offer create(Actor actor, Offer.Spec spec) {
        actor.require(Permission.BILLING_MANAGE);
        ConnectedAccountService.requireConfigured(gateway);
        String account = ConnectedAccountService.stripeAccountOf(accounts, actor.workspaceId());
        UUID id = UUID.randomUUID();
        PaymentGatewayPort.OfferPrices prices = gateway.createOffer(account, spec, "offer:" + id);
        Offer offer = new Offer(actor.workspaceId(), id, spec.name(), spec.interval(), spec.amount(), spec.currency(), spec.trialDays(),
                spec.setupFee(), prices.productId(), prices.priceId(), prices.setupPriceId(), clock.instant());
        offers.save(offer);
        audit.record(AuditRecord.of(actor, "billing.offer_created").target("offer", id).detail("interval", spec.interval().wireName())
                .detail("amount", spec.amount()).detail("currency", spec.currency()));
        return offer;
    }

    @Override
    public List<Offer> list(Actor actor) {
        actor.require(Permission.BILLING_READ);
        ConnectedAccountService.requireConfigured(gateway);
        return offers.list(actor.workspaceId());
    }
}
