package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.in.ApplyBillingEventsUseCase.Outcome;
import com.coachkeep.billing.application.port.out.BillingInboxRepository;
import com.coachkeep.billing.application.port.out.BillingInboxRepository.StoredEvent;
import com.coachkeep.billing.application.port.out.CoachCheckoutRepository;
import com.coachkeep.billing.application.port.out.CoachPlansPort;
import com.coachkeep.billing.application.port.out.CoachSubscriptionRepository;
import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.CoachCheckout;
import com.coachkeep.billing.domain.CoachPlan;
import com.coachkeep.billing.domain.CoachPlanLimit;
import com.coachkeep.billing.domain.CoachSubscription;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies the platform account's events about a workspace's own subscription to Coachkeep, for the billing inbox
 * ({@link BillingEventService}), in its transaction. The event names the workspace and the checkout Coachkeep opened
 * (the session's client reference and metadata, the subscription's metadata, all set at checkout); it is applied only
 * when that workspace has that checkout (or the subscription already), as the application role under the workspace.
 * Each subscription converges on its newest event ({@link CoachSubscription#mirror}); anything that names no known
 * checkout is kept as failed with its payload.
 */
@ApplicationScoped
@Transactional
public class CoachSubscriptionMirror {
    private final BillingInboxRepository inbox;
    private final CoachSubscriptionRepository subscriptions;
    private final CoachCheckoutRepository checkouts;
    private final CoachPlansPort plans;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public CoachSubscriptionMirror(BillingInboxRepository inbox, CoachSubscriptionRepository subscriptions, CoachCheckoutRepository checkouts,
            CoachPlansPort plans, AuditTrail audit, Clock clock) {
        this.inbox = inbox;
        this.subscriptions = subscriptions;
        this.checkouts = checkouts;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    protected CoachSubscriptionMirror() {
        this(null, null, null, null, null, null);
    }

    public Outcome apply(StoredEvent stored, BillingEvent.CoachBilling event) {
        Optional<WorkspaceId> w = uuid(event.workspaceRef()).map(WorkspaceId::new);
        Optional<UUID> checkoutId = uuid(event.checkoutRef());
        if (w.isEmpty()) {
            return failed(stored, "names no Coachkeep workspace (client_reference_id / metadata coachkeep_workspace_id)");
        }
        Optional<CoachCheckout> checkout = checkoutId.flatMap(id -> checkouts.lock(w.get(), id));
        boolean applied = event instanceof BillingEvent.CoachCheckoutChanged c
                ? checkout.map(current -> checkout(stored, w.get(), current, c)).orElse(false)
                : subscription(stored, w.get(), checkout, (BillingEvent.CoachSubscriptionChanged) event);
        if (!applied) {
            return failed(stored, "workspace " + w.get() + " has no Coachkeep checkout " + event.checkoutRef());
        }
        inbox.markDone(stored.id(), false, clock.instant());
        return Outcome.APPLIED;
    }

    private boolean checkout(StoredEvent stored, WorkspaceId w, CoachCheckout current, BillingEvent.CoachCheckoutChanged c) {
        CoachCheckout next = current.apply(c);
        if (next != current) {
            checkouts.save(next);
            if (!next.status().equals(current.status())) {
                audit.record(system(w, "billing.coach_checkout_" + next.status()).target("coach_checkout", next.id()).detail("event", stored.id()));
            }
        }
        if ("complete".equals(c.status()) && c.subscriptionId() != null) {
            CoachSubscription was = subscriptions.lock(w, c.subscriptionId()).orElse(null);
            CoachPlan plan = limit().plan(current.planKey(), null).orElse(null);
            CoachSubscription made = CoachSubscription.fromCheckout(was, w, c.subscriptionId(), c.customerId(), plan);
            if (made != was) {
                subscriptions.save(made);
            }
        }
        return true;
    }

    private boolean subscription(StoredEvent stored, WorkspaceId w, Optional<CoachCheckout> checkout, BillingEvent.CoachSubscriptionChanged s) {
        CoachSubscription current = subscriptions.lock(w, s.subscriptionId()).orElse(null);
        if (current == null && checkout.isEmpty()) {
            return false;
        }
        String planKey = limit().plan(null, s.priceId()).map(CoachPlan::key)
                .orElse(current != null ? current.planKey() : checkout.map(CoachCheckout::planKey).orElse(null));
        CoachSubscription next = CoachSubscription.mirror(current, w, s, planKey);
        if (next != current) {
            subscriptions.save(next);
            if (current == null || !Objects.equals(current.status(), next.status()) || current.cancelAtPeriodEnd() != next.cancelAtPeriodEnd()
                    || !Objects.equals(current.planKey(), next.planKey())) {
                audit.record(system(w, "billing.coach_subscription_" + next.status()).target("stripe_subscription", s.subscriptionId())
                        .detail("event", stored.id()).detail("plan", next.planKey()).detail("cancel_at_period_end", next.cancelAtPeriodEnd()));
            }
        }
        return true;
    }

    private CoachPlanLimit limit() {
        return new CoachPlanLimit(List.of(), plans.plans(), plans.freeClientLimit());
    }

    private Outcome failed(StoredEvent stored, String why) {
        inbox.markFailed(stored.id(), why, clock.instant());
        return Outcome.FAILED;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static AuditRecord system(WorkspaceId w, String action) {
        return new AuditRecord(w, AuditRecord.By.SYSTEM, BillingEventService.SYSTEM, action, null, null, null, null);
    }
}
