package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.in.ClientBillingView;
import com.coachkeep.billing.application.port.in.GetClientBillingUseCase;
import com.coachkeep.billing.application.port.in.OpenCustomerPortalUseCase;
import com.coachkeep.billing.application.port.in.SetGracePeriodUseCase;
import com.coachkeep.billing.application.port.out.ClientSubscriptionGatewayPort;
import com.coachkeep.billing.application.port.out.ClientSubscriptionRepository;
import com.coachkeep.billing.application.port.out.PaymentGatewayPort;
import com.coachkeep.billing.domain.ClientSubscription;
import com.coachkeep.billing.domain.GracePeriod;
import com.coachkeep.billing.domain.PaymentStanding;
import com.coachkeep.billing.domain.SubscriptionActiveException;
import com.coachkeep.roster.application.port.in.ClientArchivingEvent;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ClientAccessPort;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Payment-aware access and the client's side of billing: the client's standing (active, grace until, paused since)
 * evaluated at the moment of asking from the mirrored subscriptions and the grace period the coach sets; the client's
 * customer portal on the coach's account; archiving a client who is still billed only with the coach's explicit
 * decision. It answers training's and check-ins' {@link ClientAccessPort}.
 */
@ApplicationScoped
@Transactional
public class ClientSubscriptionService implements GetClientBillingUseCase, OpenCustomerPortalUseCase, SetGracePeriodUseCase, ClientAccessPort {
    private final ClientSubscriptionRepository subscriptions;
    private final ClientSubscriptionGatewayPort stripe;
    private final PaymentGatewayPort gateway;
    private final GetClientUseCase clients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ClientSubscriptionService(ClientSubscriptionRepository subscriptions, ClientSubscriptionGatewayPort stripe, PaymentGatewayPort gateway,
            GetClientUseCase clients, AuditTrail audit, Clock clock) {
        this.subscriptions = subscriptions;
        this.stripe = stripe;
        this.gateway = gateway;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    protected ClientSubscriptionService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public ClientBillingView get(Actor actor, ClientId clientId) {
        if (!actor.has(Permission.BILLING_READ) && !actor.has(Permission.SELF_READ)) {
            throw new AccessDeniedException(Permission.BILLING_READ);
        }
        if (!actor.has(Permission.CLIENTS_READ_ALL) && !actor.has(Permission.CLIENTS_READ_ASSIGNED) && !actor.has(Permission.SELF_READ)) {
            throw new NotFoundException("client");
        }
        return view(actor.workspaceId(), clients.get(actor, clientId).id().value());
    }

    @Override
    public ClientBillingView own(Actor actor) {
        actor.require(Permission.SELF_READ);
        return view(actor.workspaceId(), clients.getOwn(actor).id().value());
    }

    @Override
    public URI open(Actor actor) {
        actor.require(Permission.SELF_WRITE);
        ConnectedAccountService.requireConfigured(gateway);
        UUID client = clients.getOwn(actor).id().value();
        ClientSubscription s = subscriptions.ofClient(actor.workspaceId(), client).stream()
                .filter(x -> x.customerId() != null && x.accountId() != null).findFirst()
                .orElseThrow(() -> new ConflictException("no-subscription",
                        "You have no subscription with your coach yet: the customer portal opens once you have paid through their checkout."));
        // a session asked for twice within a minute is the same session
        URI url = stripe.createPortalSession(s.accountId(), s.customerId(),
                "portal:" + client + ":" + clock.instant().getEpochSecond() / ConnectedAccountService.LINK_WINDOW_SECONDS);
        audit.record(AuditRecord.of(actor, "billing.customer_portal_opened").target("client", client).detail("stripe_subscription", s.subscriptionId()));
        return url;
    }

    @Override
    public int get(Actor actor) {
        actor.require(Permission.BILLING_READ);
        return graceDays(actor.workspaceId());
    }

    @Override
    public int set(Actor actor, Integer days) {
        actor.require(Permission.BILLING_MANAGE);
        GracePeriod g = GracePeriod.of(days);
        int before = graceDays(actor.workspaceId());
        subscriptions.saveGracePeriodDays(actor.workspaceId(), g.days(), clock.instant());
        audit.record(AuditRecord.of(actor, "billing.grace_period_set").detail("from_days", before).detail("days", g.days()));
        return g.days();
    }

    @Override
    public ClientAccess access(WorkspaceId workspaceId, UUID clientId) {
        return access(PaymentStanding.of(subscriptions.ofClient(workspaceId, clientId), graceDays(workspaceId), clock.instant()));
    }

    @Override
    public Map<UUID, Instant> pausedSince(WorkspaceId workspaceId, Set<UUID> clientIds) {
        Map<UUID, Instant> paused = new HashMap<>();
        if (clientIds.isEmpty()) {
            return paused;
        }
        int days = graceDays(workspaceId);
        Instant now = clock.instant();
        subscriptions.ofClients(workspaceId, clientIds).forEach((client, subs) -> {
            PaymentStanding s = PaymentStanding.of(subs, days, now);
            if (s.paused()) {
                paused.put(client, s.since());
            }
        });
        return paused;
    }

    /**
     * A client is about to be archived: with a subscription that still bills them, the coach must have said what to do.
     * Cancelling calls Stripe now, once per subscription (idempotency key {@code subscription-cancel:<id>}); the mirror
     * follows Stripe's {@code customer.subscription.deleted}.
     */
    public void onArchiving(@Observes ClientArchivingEvent archiving) {
        Actor actor = archiving.actor();
        List<ClientSubscription> billed = subscriptions.ofClient(actor.workspaceId(), archiving.clientId().value()).stream()
                .filter(ClientSubscription::billsAgain).toList();
        if (billed.isEmpty()) {
            return;
        }
        if (archiving.cancelSubscription() == null) {
            throw new SubscriptionActiveException(billed.size());
        }
        if (archiving.cancelSubscription()) {
            ConnectedAccountService.requireConfigured(gateway);
        }
        for (ClientSubscription s : billed) {
            if (archiving.cancelSubscription()) {
                stripe.cancelSubscription(s.accountId(), s.subscriptionId(), "subscription-cancel:" + s.subscriptionId());
            }
            audit.record(AuditRecord.of(actor, archiving.cancelSubscription() ? "billing.subscription_cancelled_on_archive"
                    : "billing.subscription_kept_on_archive").target("client", archiving.clientId()).detail("stripe_subscription", s.subscriptionId()));
        }
    }

    private int graceDays(WorkspaceId w) {
        return subscriptions.gracePeriodDays(w).orElse(GracePeriod.DEFAULT_DAYS);
    }

    static ClientAccess access(PaymentStanding s) {
        if (!s.paused()) {
            return ClientAccess.OPEN;
        }
        return new ClientAccess(true, s.since(), "the renewal of your subscription could not be paid and the grace period your coach gives ended"
                + (s.nextRetry() == null ? "" : "; the next attempt to collect it is at " + s.nextRetry()));
    }

    private ClientBillingView view(WorkspaceId w, UUID client) {
        List<ClientSubscription> subs = subscriptions.ofClient(w, client);
        int days = graceDays(w);
        PaymentStanding s = PaymentStanding.of(subs, days, clock.instant());
        return new ClientBillingView(s.state().wireName(), s.since(), s.graceUntil(), s.nextRetry(), s.invoiceId(), days, subs.stream().map(x -> {
            var offer = x.priceId() == null ? null : subscriptions.offerOfPrice(w, x.priceId()).orElse(null);
            return new ClientBillingView.Subscription(x.subscriptionId(), x.status(), offer == null ? null : offer.id(), offer == null ? null : offer.name(),
                    x.priceId(), x.currentPeriodEnd(), x.cancelAtPeriodEnd(), x.paused(), x.pauseBehavior(), x.pauseResumesAt(), x.pausedSince(),
                    x.version() == null ? null : x.version().created());
        }).toList());
    }
}
