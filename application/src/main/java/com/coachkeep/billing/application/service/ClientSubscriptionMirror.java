package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.out.ClientSubscriptionRepository;
import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.ClientSubscription;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ClientPauseEndedEvent;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * Applies subscription and invoice events to the clients' subscriptions and their payment standing, in the inbox's
 * transaction ({@link BillingEventService}): each only if newer than what it would replace. A pause of collection
 * that ends tells training, through {@link ClientPauseEndedEvent}, to move the client's calendar by the paused days.
 * Changes of status, standing and pause are audited.
 */
@ApplicationScoped
public class ClientSubscriptionMirror {
    private final ClientSubscriptionRepository subscriptions;
    private final AuditTrail audit;
    private final Event<ClientPauseEndedEvent> pauseEnded;

    @Inject
    public ClientSubscriptionMirror(ClientSubscriptionRepository subscriptions, AuditTrail audit, Event<ClientPauseEndedEvent> pauseEnded) {
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.pauseEnded = pauseEnded;
    }

    protected ClientSubscriptionMirror() {
        this(null, null, null);
    }

    /** {@code customer.subscription.*} in workspace {@code w}. */
    public void apply(WorkspaceId w, BillingEvent.SubscriptionChanged e, String eventId) {
        ClientSubscription current = subscriptions.lock(w, e.subscriptionId())
                .orElse(ClientSubscription.unknown(w, e.subscriptionId(), e.accountId(), e.customerId()));
        ClientSubscription.Applied applied = current.apply(e);
        ClientSubscription next = applied.next();
        if (next.equals(current)) {
            return;
        }
        subscriptions.save(next);
        if (!Objects.equals(current.status(), next.status())) {
            audit.record(system(w, "billing.subscription_" + next.status()).target("stripe_subscription", e.subscriptionId()).detail("event", eventId));
        }
        if (next.paused() && !current.paused()) {
            audit.record(system(w, "billing.subscription_paused").target("stripe_subscription", e.subscriptionId()).detail("event", eventId));
        }
        standingChanged(w, current, next, eventId);
        if (applied.endedPause() != null) {
            LocalDate from = LocalDate.ofInstant(applied.endedPause().from(), ZoneOffset.UTC);
            LocalDate until = LocalDate.ofInstant(applied.endedPause().until(), ZoneOffset.UTC);
            AuditRecord resumed = system(w, "billing.subscription_resumed").target("stripe_subscription", e.subscriptionId()).detail("event", eventId)
                    .detail("paused_from", from).detail("paused_until", until);
            UUID client = subscriptions.clientOf(w, e.subscriptionId()).orElse(null);
            if (client != null && until.isAfter(from)) {
                pauseEnded.fire(new ClientPauseEndedEvent(w, client, from, until));
                resumed = resumed.detail("client", client);
            }
            audit.record(resumed);
        }
    }

    /** An invoice event in workspace {@code w}: feeds the standing of the subscription it bills, if any. */
    public void apply(WorkspaceId w, BillingEvent.InvoiceChanged e, String eventId) {
        if (e.subscriptionId() == null) {
            return;
        }
        ClientSubscription current = subscriptions.lock(w, e.subscriptionId())
                .orElse(ClientSubscription.unknown(w, e.subscriptionId(), e.accountId(), e.customerId()));
        ClientSubscription next = current.apply(e);
        if (next.equals(current)) {
            return;
        }
        subscriptions.save(next);
        standingChanged(w, current, next, eventId);
    }

    private void standingChanged(WorkspaceId w, ClientSubscription current, ClientSubscription next, String eventId) {
        if (current.failing() != next.failing()) {
            audit.record(system(w, next.failing() ? "billing.payment_failing" : "billing.payment_settled")
                    .target("stripe_subscription", next.subscriptionId()).detail("event", eventId)
                    .detail("invoice", next.failing() ? next.failingInvoiceId() : current.failingInvoiceId()));
        }
    }

    private static AuditRecord system(WorkspaceId w, String action) {
        return new AuditRecord(w, AuditRecord.By.SYSTEM, BillingEventService.SYSTEM, action, null, null, null, null);
    }
}
